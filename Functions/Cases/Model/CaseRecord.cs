namespace Serverless.Feedback.Cases.Model;

/// <summary>
/// One complaint or feedback case: everything recorded about it, as one document. Each change produces a
/// new record (with a higher <see cref="Version"/>) and an event in the case history.
/// </summary>
internal sealed record CaseRecord
{
    public required string Number { get; init; }

    public required CaseKind Kind { get; init; }

    public required Channel Channel { get; init; }

    public CaseStage Stage { get; init; } = CaseStage.Received;

    public CaseOutcome? Outcome { get; init; }

    /// <summary>Incremented by every change; the ETag guards the write, the version is what people see.</summary>
    public int Version { get; init; } = 1;

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? SubmissionId { get; init; }

    /// <summary>The secret in the customer's tracking link. Looked up by its hash; never derivable from the number.</summary>
    public string? TrackingToken { get; init; }

    public required CaseCustomer Customer { get; init; }

    public required CaseSubject Subject { get; init; }

    public IReadOnlyList<AttachmentRef> Attachments { get; init; } = [];

    /// <summary>How staff received a complaint they registered themselves (docs/procedure.md §14.1); null for the form and the API.</summary>
    public StaffIntake? Intake { get; init; }

    public CaseAssignment Assignment { get; init; } = new();

    public Assessment? Assessment { get; init; }

    public Investigation? Investigation { get; init; }

    public Resolution? Resolution { get; init; }

    public IReadOnlyList<ApprovalRecord> Approvals { get; init; } = [];

    public CustomerAnswer? CustomerAnswer { get; init; }

    public Verification? Verification { get; init; }

    public Closure? Closure { get; init; }

    public Satisfaction? Satisfaction { get; init; }

    public Accountability? Accountability { get; init; }

    public AgreedDeadline? AgreedDeadline { get; init; }

    /// <summary>Set when the deadline the customer asked for was refused at triage, with the date proposed to them instead.</summary>
    public RequestedDeadlineRefusal? RequestedDeadlineRefusal { get; init; }

    public FirstResponse? FirstResponse { get; init; }

    /// <summary>Reasons given for missed deadlines and the department head's decision on each (docs/procedure.md §8).</summary>
    public IReadOnlyList<LatenessCause> LatenessCauses { get; init; } = [];

    /// <summary>A withdrawal waiting for the department head's approval.</summary>
    public WithdrawalRequest? WithdrawalRequest { get; init; }

    /// <summary>For an improvement action: what opened it (a survey item below target, a month above a control limit).</summary>
    public ImprovementOrigin? Improvement { get; init; }

    /// <summary>Set when the first receiver answered and closed the case at once (docs/procedure.md §14.2).</summary>
    public FirstContactResolution? FirstContact { get; init; }

    /// <summary>Whether the case waits for the customer (for information or for their answer): the clock is paused.</summary>
    public WaitingForCustomer? Waiting { get; init; }

    public SlaState Sla { get; init; } = new();

    /// <summary>What the customer has been told, newest last; shown on the tracking page.</summary>
    public IReadOnlyList<CustomerMessage> Messages { get; init; } = [];

    public IReadOnlyList<CaseNote> Notes { get; init; } = [];

    /// <summary>Goods the customer sent back, each reviewed by the quality department (docs/procedure.md §14.6).</summary>
    public IReadOnlyList<Returns.ReturnedGoods> Returns { get; init; } = [];

    /// <summary>Set when the customer's personal data was removed from this case on their request (docs/procedure.md §13).</summary>
    public CaseAnonymisation? Anonymised { get; init; }
}

/// <summary>When and by whom a case's personal data was removed; what was removed is recorded nowhere.</summary>
internal sealed record CaseAnonymisation(DateTimeOffset At, string By);

/// <summary>The customer as they were when the case was registered (the customer record may change later).</summary>
internal sealed record CaseCustomer(
    string CustomerId,
    string Name,
    string? Company,
    string Email,
    string? Phone,
    string Language)
{
    /// <summary>A tier-A customer (顾客分级) when the case was registered: marked in lists and taken first (docs/procedure.md §10).</summary>
    public bool TierA { get; init; }
}

/// <summary>What the case is about, in the customer's words.</summary>
internal sealed record CaseSubject
{
    public string? Product { get; init; }

    public string? Model { get; init; }

    public string? OrderNumber { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public string? Batch { get; init; }

    public decimal? QuantityAffected { get; init; }

    public required string Description { get; init; }

    /// <summary>What the customer said it is about; triage decides the category (docs/procedure.md §4, §14.5).</summary>
    public Category? Topic { get; init; }

    public Remedy? RemedyWanted { get; init; }

    public string? RemedyDetail { get; init; }

    public DateOnly? RequestedDeadline { get; init; }

    /// <summary>
    /// The customer (or the staff member taking the complaint) says someone was hurt or the product could hurt someone
    /// (安全隐患): the person on duty and the deputy GM hear of it on registration, and triage has two hours (docs/procedure.md §14.3).
    /// </summary>
    public bool SafetyHazard { get; init; }
}

/// <param name="RemovedAt">Set when the file itself was deleted with the customer's personal data; the reference stays for the record.</param>
internal sealed record AttachmentRef(string Id, string FileName, string ContentType, long Length, string BlobName, DateTimeOffset AddedAt, string? AddedBy, DateTimeOffset? RemovedAt = null);

internal sealed record CaseAssignment
{
    public string? Department { get; init; }

    /// <summary>True when staff chose the department instead of the category routing table.</summary>
    public bool DepartmentOverridden { get; init; }

    public string? FirstReceiverId { get; init; }

    public string? HandlerId { get; init; }

    /// <summary>
    /// The person on duty when the complaint arrived on a day off or at night (docs/procedure.md §14.3): told of it on
    /// registration, and of a serious or recall case at its assessment.
    /// </summary>
    public string? OnDutyId { get; init; }
}

internal sealed record Assessment(
    Validity Validity,
    string? NotValidReason,
    string? Explanation,
    Category Category,
    Severity Severity,
    ImmediateAction ImmediateAction,
    string? ImmediateActionNote,
    string AssessedBy,
    DateTimeOffset AssessedAt);

internal sealed record Investigation
{
    public bool SalesListChecked { get; init; }

    public bool BatchRecordsChecked { get; init; }

    public bool RetainedSamplesChecked { get; init; }

    public bool ReturnedGoodsReviewed { get; init; }

    public string? Findings { get; init; }

    public RootCauseCategory? RootCauseCategory { get; init; }

    /// <summary>The 5-why chain, one answer per why.</summary>
    public IReadOnlyList<string> Whys { get; init; } = [];

    public string? RootCause { get; init; }

    public CauseOwner? CauseOwner { get; init; }

    public string? ResponsibleDepartment { get; init; }

    public string? ResponsiblePerson { get; init; }

    public IReadOnlyList<string> AttachmentIds { get; init; } = [];

    public DateTimeOffset? ReportedAt { get; init; }

    public string? RecordedBy { get; init; }
}

internal sealed record Resolution
{
    public required string Summary { get; init; }

    public required string ProposedBy { get; init; }

    public required DateTimeOffset ProposedAt { get; init; }

    public IReadOnlyList<RemedialAction> RemedialActions { get; init; } = [];

    public IReadOnlyList<CapaAction> CorrectiveActions { get; init; } = [];

    public IReadOnlyList<CapaAction> PreventiveActions { get; init; } = [];

    /// <summary>Set when staff decided that no corrective action is needed, with the reason.</summary>
    public NoCorrectiveActionDecision? NoCorrectiveAction { get; init; }

    /// <summary>The approval chain the authority matrix required when the resolution was proposed.</summary>
    public IReadOnlyList<StaffRole> RequiredApprovals { get; init; } = [];

    /// <summary>Counts proposals: a rejected resolution sends the case back and the next proposal is round 2.</summary>
    public int Round { get; init; } = 1;

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal CompensationTotal => RemedialActions.Where(a => a.Status != ActionStatus.Cancelled).Sum(a => a.Amount ?? 0m);
}

internal sealed record RemedialAction(
    string Id,
    RemedialKind Kind,
    string Description,
    decimal? Quantity,
    decimal? Amount,
    ActionStatus Status,
    DateTimeOffset? DoneAt)
{
    /// <summary>What shows it was carried out: a shipment number, a payment voucher (docs/procedure.md §6).</summary>
    public string? Evidence { get; init; }
}

/// <summary>
/// A corrective or preventive action. <see cref="Owner"/> is a staff id, or the name of an outside party when
/// <see cref="OwnerContact"/> says how to reach them (docs/procedure.md §6).
/// </summary>
internal sealed record CapaAction(
    string Id,
    string Description,
    string Owner,
    DateOnly DueDate,
    ActionStatus Status,
    string? Evidence,
    DateTimeOffset? DoneAt)
{
    public string? OwnerContact { get; init; }

    /// <summary>A preventive action handed on to a named follow-up action instead of being done in this case.</summary>
    public CarryOver? CarriedOver { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsExternal => OwnerContact is not null;

    /// <summary>Still to be done here: planned or in progress, and not carried over.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsPending => Status is ActionStatus.Planned or ActionStatus.InProgress && CarriedOver is null;
}

internal sealed record CarryOver(string FollowUpAction, string Reason, string By, DateTimeOffset At);

internal sealed record NoCorrectiveActionDecision(string Reason, string DecidedBy, DateTimeOffset DecidedAt);

internal sealed record ApprovalRecord(
    int Round,
    int Step,
    StaffRole Role,
    string ById,
    string ByName,
    DateTimeOffset At,
    ApprovalMeaning Meaning,
    string? Reason);

internal sealed record CustomerAnswer(
    CustomerDecision Decision,
    string? Comment,
    DateTimeOffset At,
    AnswerSource Source,
    string? RecordedBy,
    IReadOnlyList<string> AvenuesOffered);

internal sealed record Verification
{
    public required string Verifier { get; init; }

    public required string Criteria { get; init; }

    public required DateOnly DueDate { get; init; }

    public bool? Effective { get; init; }

    public string? Result { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public string? VerifiedBy { get; init; }
}

/// <summary>
/// How a case ended. <see cref="FinalResult"/> is the internal record (8D report, register); only
/// <see cref="CustomerMessage"/> is sent to the customer and shown on their tracking page.
/// </summary>
internal sealed record Closure(string FinalResult, DateTimeOffset ClosedAt, string ClosedBy, string? CustomerMessage = null);

internal sealed record Satisfaction(int Score, string? Comment, DateTimeOffset At);

internal sealed record Accountability(decimal LossAmount, string? EmployeeAtFault, decimal SuggestedShare, string? AppealNote, string RecordedBy, DateTimeOffset RecordedAt);

internal sealed record AgreedDeadline(DateOnly Date, string Reason, string SetBy, DateTimeOffset SetAt);

internal sealed record RequestedDeadlineRefusal(DateOnly ProposedDate, string Reason, string By, DateTimeOffset At);

internal sealed record FirstResponse(DateTimeOffset At, string By, string How);

internal sealed record WaitingForCustomer(DateTimeOffset Since, string Reason);

/// <summary>What the customer was told, as their tracking page lists it; <see cref="Note"/> is staff's own words to them.</summary>
internal sealed record CustomerMessage(DateTimeOffset At, string Kind, string Subject, string? Note = null);

internal sealed record CaseNote(DateTimeOffset At, string By, string Text);
