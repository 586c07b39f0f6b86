using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>A request to change a case. Each maps to one <see cref="CaseAction"/> (some to two, decided by content).</summary>
internal abstract record CaseCommand;

internal sealed record AssessCommand(
    Validity Validity,
    Category Category,
    Severity Severity,
    ImmediateAction ImmediateAction = ImmediateAction.None,
    string? ImmediateActionNote = null,
    string? NotValidReason = null,
    string? Explanation = null,
    string? Department = null,
    string? HandlerId = null,
    string? FirstReceiverId = null,
    RefuseRequestedDeadlineInput? RefuseRequestedDeadline = null) : CaseCommand;

/// <summary>Refusing the customer's deadline at triage: why, and the date proposed to them instead (docs/procedure.md §7).</summary>
internal sealed record RefuseRequestedDeadlineInput(string Reason, DateOnly ProposedDate);

internal sealed record AssignCommand(string? Department, string? HandlerId, string? FirstReceiverId) : CaseCommand;

internal sealed record RecordFirstResponseCommand(string How, string? Note) : CaseCommand;

internal sealed record AddNoteCommand(string Text) : CaseCommand;

/// <summary>A file staff attach (evidence, a returned-goods photo); stored in Blob Storage before the command.</summary>
internal sealed record AddAttachmentCommand(AttachmentRef Attachment, string? Note) : CaseCommand;

internal sealed record WaitForCustomerCommand(string Reason) : CaseCommand;

internal sealed record ResumeFromCustomerCommand(string? Note) : CaseCommand;

internal sealed record SetAgreedDeadlineCommand(DateOnly Date, string Reason) : CaseCommand;

internal sealed record StartInvestigationCommand : CaseCommand;

internal sealed record RecordInvestigationCommand(
    bool SalesListChecked,
    bool BatchRecordsChecked,
    bool RetainedSamplesChecked,
    bool ReturnedGoodsReviewed,
    string? Findings,
    RootCauseCategory? RootCauseCategory,
    IReadOnlyList<string> Whys,
    string? RootCause,
    CauseOwner? CauseOwner,
    string? ResponsibleDepartment,
    string? ResponsiblePerson,
    IReadOnlyList<string>? AttachmentIds,
    bool ReportComplete) : CaseCommand;

internal sealed record RemedialActionInput(RemedialKind Kind, string Description, decimal? Quantity, decimal? Amount);

/// <summary>An action to plan; <paramref name="OwnerContact"/> marks <paramref name="Owner"/> as an outside party's name rather than a staff id.</summary>
internal sealed record CapaActionInput(string Description, string Owner, DateOnly DueDate, string? OwnerContact = null);

internal sealed record ProposeResolutionCommand(
    string Summary,
    IReadOnlyList<RemedialActionInput> RemedialActions,
    IReadOnlyList<CapaActionInput> CorrectiveActions,
    IReadOnlyList<CapaActionInput> PreventiveActions,
    string? NoCorrectiveActionReason) : CaseCommand;

internal sealed record ApproveCommand(ApprovalMeaning Meaning, string? Reason) : CaseCommand;

internal sealed record SendToCustomerCommand(string? Message) : CaseCommand;

internal sealed record CustomerAnswerCommand(
    CustomerDecision Decision,
    string? Comment,
    AnswerSource Source,
    IReadOnlyList<string>? AvenuesOffered) : CaseCommand;

internal sealed record StartActionsCommand : CaseCommand;

/// <summary>
/// Moves an action on. A preventive action may instead be carried over (<paramref name="CarryOverTo"/>, the
/// follow-up action that takes it on, with <paramref name="Reason"/>); its status then stays as it was.
/// </summary>
internal sealed record UpdateActionCommand(string ActionId, ActionStatus Status, string? Evidence, string? CarryOverTo = null, string? Reason = null) : CaseCommand;

internal sealed record StartVerificationCommand(string Verifier, string Criteria, DateOnly? DueDate) : CaseCommand;

internal sealed record RecordVerificationCommand(bool Effective, string Result) : CaseCommand;

internal sealed record RecordAccountabilityCommand(decimal LossAmount, string? EmployeeAtFault, string? AppealNote) : CaseCommand;

/// <summary>Closes a case: <paramref name="FinalResult"/> stays internal, <paramref name="CustomerMessage"/> goes to the customer.</summary>
internal sealed record CloseCommand(string FinalResult, string? CustomerMessage = null) : CaseCommand;

/// <summary>Withdraws the case, or asks the department head to (see <see cref="Withdrawals"/>).</summary>
internal sealed record WithdrawCommand(string Reason, string? CustomerMessage = null) : CaseCommand;

internal sealed record DecideWithdrawalCommand(bool Approve, string? Note) : CaseCommand;

internal sealed record RecordLatenessCauseCommand(DeadlineKind Deadline, string Reason) : CaseCommand;

internal sealed record DecideLatenessCauseCommand(DeadlineKind Deadline, bool Accept, string? Note) : CaseCommand;

internal sealed record RecordSatisfactionCommand(int Score, string? Comment) : CaseCommand;

/// <summary>What the customer wrote about an open case, with the files they sent (already stored).</summary>
internal sealed record CustomerMailCommand(IReadOnlyList<AttachmentRef> Attachments, string Text) : CaseCommand;
