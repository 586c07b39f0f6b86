namespace Serverless.Feedback.Cases.Model;

internal enum DeadlineKind
{
    FirstResponse,
    InvestigationReport,
    Resolution,

    /// <summary>Classified and routed after registration (docs/procedure.md §14.5); met by the assessment.</summary>
    Triage,
}

/// <summary>The service-level clocks of one case, fixed from the policy in force when the case arrived.</summary>
internal sealed record SlaState
{
    /// <summary>The policy revision the clocks were started with; later policy changes apply to new cases only.</summary>
    public int PolicyRevision { get; init; }

    /// <summary>The rules in force when the case arrived, kept with the case so a later policy change cannot move its deadlines.</summary>
    public SlaRules? Rules { get; init; }

    public IReadOnlyList<SlaClock> Clocks { get; init; } = [];

    /// <summary>While the case awaits the customer's answer to a resolution: when to remind them and when silence counts as acceptance.</summary>
    public AnswerFollowUp? Answer { get; init; }

    /// <summary>While effectiveness is being verified: when to remind the verifier and when it is late.</summary>
    public VerificationFollowUp? Verification { get; init; }

    /// <summary>Once a resolution is approved: when to remind the owner of each open corrective or preventive action and when it is late.</summary>
    public IReadOnlyList<ActionFollowUp> Actions { get; init; } = [];

    /// <summary>For each returned lot: when its review by the quality department is due, and how far the chasing went.</summary>
    public IReadOnlyList<Returns.ReturnReviewFollowUp> ReturnReviews { get; init; } = [];

    public SlaClock? Find(DeadlineKind kind) => Clocks.FirstOrDefault(c => c.Kind == kind);
}

/// <summary>
/// Chasing the customer's answer (docs/procedure.md §7): one reminder, then the resolution is deemed accepted. The times
/// are fixed when the resolution is sent, so a later settings change does not move them.
/// </summary>
internal sealed record AnswerFollowUp
{
    public required DateTimeOffset Since { get; init; }

    public required DateTimeOffset RemindAt { get; init; }

    public required DateTimeOffset DeemAcceptedAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>When the answer timer must next look: the reminder until it is sent, then the acceptance.</summary>
    public DateTimeOffset NextAt => RemindedAt is null ? RemindAt : DeemAcceptedAt;
}

/// <summary>
/// Chasing something due on a date: remind some days before, and report once, when it is late. The times are
/// fixed when the date is set, so a later settings change does not move them.
/// </summary>
internal abstract record DueDateFollowUp
{
    public required DateOnly DueDate { get; init; }

    public required DateTimeOffset RemindAt { get; init; }

    /// <summary>The end of the due date's working hours: not done by then is late.</summary>
    public required DateTimeOffset OverdueAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>When the timer must next look; null once the lateness was reported.</summary>
    public DateTimeOffset? NextAt => EscalatedAt is not null ? null : RemindedAt is null && RemindAt < OverdueAt ? RemindAt : OverdueAt;
}

/// <summary>
/// Chasing the effectiveness verification (docs/procedure.md §6): remind the verifier some days before the due date, and
/// tell the department head once, when it is late. Fixed when the verification is planned.
/// </summary>
internal sealed record VerificationFollowUp : DueDateFollowUp;

/// <summary>
/// Chasing one corrective or preventive action (docs/procedure.md §6): remind its owner some days before the due date,
/// and tell the owner's department head once, when it is late. Fixed for the due date the action has.
/// </summary>
internal sealed record ActionFollowUp : DueDateFollowUp
{
    public required string ActionId { get; init; }
}

/// <summary>
/// One deadline. <see cref="Due"/> is in working time of the company calendar; while the case waits for the
/// customer the clock is paused (<see cref="PausedAt"/>) and resumes with the working time that was left.
/// </summary>
internal sealed record SlaClock
{
    public required DeadlineKind Kind { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The budget as the policy states it: working hours, or whole working days.</summary>
    public TimeSpan? BudgetWorkingTime { get; init; }

    public int? BudgetWorkingDays { get; init; }

    public required DateTimeOffset Due { get; init; }

    /// <summary>Set when the date agreed with the customer replaced the policy's due time.</summary>
    public bool DueAgreedWithCustomer { get; init; }

    /// <summary>
    /// Set while the date the customer asked for is the due time: it was earlier than the policy's and was not
    /// refused at triage (docs/procedure.md §7, §14.4).
    /// </summary>
    public bool DueRequestedByCustomer { get; init; }

    /// <summary>
    /// The due time that had already passed unmet when a date agreed with the customer replaced it: the miss
    /// stays on record however late the new date is (docs/procedure.md §8).
    /// </summary>
    public DateTimeOffset? MissedDue { get; init; }

    public DateTimeOffset? MetAt { get; init; }

    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>Working time that was left when the clock paused (negative when already overdue).</summary>
    public TimeSpan? RemainingAtPause { get; init; }

    /// <summary>Reminder steps already sent, by their offset before the deadline (e.g. "PT2H", "P1D").</summary>
    public IReadOnlyList<string> RemindersSent { get; init; } = [];

    /// <summary>0 = not escalated; 1 = handler told it is overdue; 2 = department head; 3 = deputy GM / GM.</summary>
    public int EscalationLevel { get; init; }

    public DateTimeOffset? LastEscalatedAt { get; init; }

    /// <summary>When the deadline sweep should next look at this clock (a reminder or an escalation falls due); null when nothing is left to do.</summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    /// <summary>
    /// Set for a clock that counts elapsed (calendar) time rather than working time: the first response since
    /// docs/procedure.md §3 (24-hour acceptance). Its reminders and escalation steps count elapsed time too, and it is
    /// chased at any hour. Clocks started before the rule existed read false and keep their working time.
    /// </summary>
    public bool Elapsed { get; init; }

    public bool IsRunning => MetAt is null && PausedAt is null;
}

/// <summary>
/// Service-level targets (docs/procedure.md §3, §5, §7, §8). Durations are working time in the company calendar:
/// <c>PT12H</c> is twelve working hours, <c>P1D</c> one working day.
/// </summary>
internal sealed record SlaRules
{
    public static SlaRules Default { get; } = new()
    {
        BySeverity = new Dictionary<Severity, SeverityTargets>
        {
            [Severity.General] = new("PT12H", 3, 5),
            [Severity.Minor] = new("PT12H", 3, 5),
            [Severity.Major] = new("PT8H", 3, 5),
            [Severity.Serious] = new("PT4H", 3, 5),
            [Severity.Special] = new("PT12H", 3, 5),
        },
    };

    /// <summary>Classification and routing after registration: half a working day (半个工作日内, docs/procedure.md §14.5).</summary>
    public string Triage { get; init; } = "PT4H";

    /// <summary>
    /// Triage of a complaint reporting a safety hazard, in elapsed hours at any hour of any day (安全隐患2小时内逐级上报,
    /// docs/procedure.md §14.3). A day in it is 24 hours.
    /// </summary>
    public string SafetyTriage { get; init; } = "PT2H";

    /// <summary>First human response, before the case is assessed (10–12 h in the source rules).</summary>
    public string FirstResponse { get; init; } = "PT12H";

    /// <summary>
    /// The first-response budgets (general and per severity) count elapsed hours, complaints being accepted 24 hours a
    /// day (docs/procedure.md §3); false counts them in working time. A day in an elapsed budget is 24 hours. The policy
    /// the app starts with sets it (<see cref="Deadlines.Sla.SlaPolicy.Default"/>); rules stored without it, with the
    /// cases and policies saved before it existed, read false and keep counting working time.
    /// </summary>
    public bool FirstResponseElapsed { get; init; }

    /// <summary>Resolution (the customer told the result), in working days from receipt, before assessment.</summary>
    public int ResolutionWorkingDays { get; init; } = 5;

    /// <summary>Targets once the severity is known; serious cases get a shorter first response.</summary>
    public IReadOnlyDictionary<Severity, SeverityTargets> BySeverity { get; init; } = new Dictionary<Severity, SeverityTargets>();

    /// <summary>Reminders to the owner this much working time before a deadline.</summary>
    public IReadOnlyList<string> Reminders { get; init; } = ["P1D", "PT2H"];

    /// <summary>
    /// Escalation once a deadline passed, one level per step, each this much working time after the previous:
    /// 1 = the handler (and the first receiver), 2 = the department head, 3 = the deputy GM and the GM.
    /// </summary>
    public IReadOnlyList<string> Escalation { get; init; } = ["PT0H", "PT4H", "P1D"];

    /// <summary>
    /// Shorter defaults for tier-A customers (docs/procedure.md §10); null, or a field left null, gives them the same
    /// targets as everyone. Only ever shortens: a tier-A target longer than the general one is not used.
    /// </summary>
    public TierATargets? TierA { get; init; }

    public SeverityTargets For(Severity severity) =>
        BySeverity.TryGetValue(severity, out var targets) ? targets : new SeverityTargets(FirstResponse, null, ResolutionWorkingDays);
}

/// <summary>Targets for one severity; no investigation report deadline when <see cref="InvestigationReportWorkingDays"/> is null.</summary>
internal sealed record SeverityTargets(string FirstResponse, int? InvestigationReportWorkingDays, int ResolutionWorkingDays);

/// <summary>A tier-A customer's first-response budget (a working-time duration) and resolution in working days.</summary>
internal sealed record TierATargets(string? FirstResponse, int? ResolutionWorkingDays);
