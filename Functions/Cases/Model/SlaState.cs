namespace Serverless.Feedback.Cases.Model;

internal enum DeadlineKind
{
    FirstResponse,
    InvestigationReport,
    Resolution,
}

/// <summary>The service-level clocks of one case, fixed from the policy in force when the case arrived.</summary>
internal sealed record SlaState
{
    /// <summary>The policy revision the clocks were started with; later policy changes apply to new cases only.</summary>
    public int PolicyRevision { get; init; }

    public IReadOnlyList<SlaClock> Clocks { get; init; } = [];

    public SlaClock? Find(DeadlineKind kind) => Clocks.FirstOrDefault(c => c.Kind == kind);
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

    public DateTimeOffset? MetAt { get; init; }

    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>Working time that was left when the clock paused (negative when already overdue).</summary>
    public TimeSpan? RemainingAtPause { get; init; }

    /// <summary>Reminder steps already sent, by their offset before the deadline (e.g. "PT2H", "P1D").</summary>
    public IReadOnlyList<string> RemindersSent { get; init; } = [];

    /// <summary>0 = not escalated; 1 = handler told it is overdue; 2 = department head; 3 = deputy GM / GM.</summary>
    public int EscalationLevel { get; init; }

    public DateTimeOffset? LastEscalatedAt { get; init; }

    public bool IsRunning => MetAt is null && PausedAt is null;
}
