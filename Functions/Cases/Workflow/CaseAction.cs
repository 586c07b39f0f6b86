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
    ResolveAtFirstContact,

    // Bookkeeping by the timers: chasing deadlines and answers. Recorded in the history like any change.
    RemindDeadline,
    EscalateDeadline,
    RemindCustomer,
    RemindVerifier,
    EscalateVerification,
}
