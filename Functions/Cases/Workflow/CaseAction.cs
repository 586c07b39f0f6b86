namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Everything that can be done to a case. Whether it is allowed depends on kind and stage (see <see cref="CaseWorkflow"/>).</summary>
internal enum CaseAction
{
    Assess,
    AssessNotValid,
    Assign,
    RecordFirstResponse,
    AddNote,
    AddAttachment,
    WaitForCustomer,
    ResumeFromCustomer,
    SetAgreedDeadline,
    StartInvestigation,
    RecordInvestigation,
    ProposeResolution,
    ApproveStep,
    ApproveFinal,
    RejectApproval,
    SendToCustomer,
    CustomerAccept,
    CustomerReject,
    DeemAccepted,
    StartActions,
    UpdateActions,
    StartVerification,
    RecordVerification,
    VerificationIneffective,
    RecordAccountability,
    Close,
    Withdraw,
    RecordSatisfaction,
    RequestWithdrawal,
    RefuseWithdrawal,
    RecordLatenessCause,
    DecideLatenessCause,
    ResolveAtFirstContact,
    RegisterReturn,
    ReviewReturn,
    ReInspectReturn,

    /// <summary>The customer wrote about the case (a mail answering one of ours): their words and files on its history.</summary>
    CustomerWrote,

    // Bookkeeping by the timers: chasing deadlines and answers. Recorded in the history like any change.
    RemindDeadline,
    EscalateDeadline,
    RemindCustomer,
    RemindVerifier,
    EscalateVerification,
}
