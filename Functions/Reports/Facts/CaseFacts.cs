using System.Text.Json.Serialization;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Reports.Facts;

/// <summary>
/// What the monthly statistics need to know about one case, small enough that ten thousand of them are read
/// in one go: the classification, the deadline clocks, the root cause, the rating and the approved actions.
/// </summary>
internal sealed record CaseFacts
{
    private const int DescriptionLength = 200;

    public required string Number { get; init; }

    /// <summary>The case version that last changed these facts; stored beside them, not in them.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    public required CaseKind Kind { get; init; }

    public required Channel Channel { get; init; }

    public required CaseStage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public Category? Category { get; init; }

    public Severity? Severity { get; init; }

    public string? Department { get; init; }

    public string? HandlerId { get; init; }

    public string? FirstReceiverId { get; init; }

    public IReadOnlyList<FactClock> Clocks { get; init; } = [];

    public DateTimeOffset? InvestigatedAt { get; init; }

    public RootCauseCategory? RootCause { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public int? Score { get; init; }

    public DateTimeOffset? RatedAt { get; init; }

    /// <summary>Corrective and preventive actions of the approved resolution (none before it is approved).</summary>
    public IReadOnlyList<FactAction> Actions { get; init; } = [];

    /// <summary>The loss and the employee at fault, when recorded (docs/procedure.md §12); read only by management's table.</summary>
    public AccountabilityFact? Accountability { get; init; }

    /// <summary>The approved resolution returns goods (a "return" remedial action not cancelled).</summary>
    public bool Returns { get; init; }

    /// <summary>Returned lots of the case with their reviews (docs/procedure.md §14.6).</summary>
    public IReadOnlyList<FactReturn> ReturnLots { get; init; } = [];

    /// <summary>What opened an improvement action; null for every other kind.</summary>
    public ImprovementOrigin? Improvement { get; init; }

    public bool IsOpen => Stage.IsOpen();

    public bool HasOpenAction => Actions.Any(a => a.IsOpen);

    public static CaseFacts From(CaseRecord c) => new()
    {
        Number = c.Number,
        Version = c.Version,
        Kind = c.Kind,
        Channel = c.Channel,
        Stage = c.Stage,
        Outcome = c.Outcome,
        ReceivedAt = c.ReceivedAt,
        Category = c.Assessment?.Category,
        Severity = c.Assessment?.Severity,
        Department = c.Assignment.Department,
        HandlerId = c.Assignment.HandlerId,
        FirstReceiverId = c.Assignment.FirstReceiverId,
        Clocks = [.. c.Sla.Clocks.Select(k => new FactClock(k.Kind, k.StartedAt, k.Due, k.MetAt, k.PausedAt, k.RemainingAtPause)
        {
            MissedDue = k.MissedDue,
            Excused = c.LatenessCauses.Any(l => l.Deadline == k.Kind && l.IsAccepted),
        })],
        InvestigatedAt = c.Investigation?.ReportedAt,
        RootCause = c.Investigation?.ReportedAt is null ? null : c.Investigation.RootCauseCategory,
        ClosedAt = c.Stage.IsTerminal() ? c.Closure?.ClosedAt ?? c.UpdatedAt : null,
        Score = c.Satisfaction?.Score,
        RatedAt = c.Satisfaction?.At,
        Actions = Approved(c),
        Improvement = c.Improvement,
        ReturnLots = FactReturn.Of(c),
        Returns = ApprovedAt(c) is not null && c.Resolution!.RemedialActions.Any(a => a.Kind == RemedialKind.Return && a.Status != ActionStatus.Cancelled),
        Accountability = c.Accountability is { } a ? new AccountabilityFact(a.LossAmount, a.EmployeeAtFault, a.SuggestedShare, a.RecordedAt) : null,
    };

    /// <summary>Every moment something countable happened to the case; the rows are filed under the months of these.</summary>
    public IEnumerable<DateTimeOffset> Activity()
    {
        yield return ReceivedAt;
        foreach (var at in new[] { InvestigatedAt, ClosedAt, RatedAt, Accountability?.RecordedAt }.Concat(Clocks.Select(c => c.MetAt)).Concat(Actions.Select(a => a.DoneAt))
            .Concat(ReturnLots.SelectMany(r => new DateTimeOffset?[] { r.RegisteredAt, r.ReviewedAt })))
        {
            if (at is { } moment)
            {
                yield return moment;
            }
        }
    }

    public FactClock? Clock(DeadlineKind kind) => Clocks.FirstOrDefault(c => c.Kind == kind);

    public bool WasOpenAt(DateTimeOffset moment) => ReceivedAt < moment && (ClosedAt is null || ClosedAt >= moment);

    /// <summary>A deadline had passed unmet at <paramref name="moment"/>, on a case that was open then.</summary>
    public bool WasOverdueAt(DateTimeOffset moment) => WasOpenAt(moment) && Clocks.Any(c => c.WasOverdueAt(moment));

    private static List<FactAction> Approved(CaseRecord c)
    {
        if (c.Resolution is not { } resolution)
        {
            return [];
        }

        if (ApprovedAt(c) is not { } approvedAt)
        {
            return [];
        }

        return
        [
            .. resolution.CorrectiveActions.Select(a => Action(a, true, approvedAt)),
            .. resolution.PreventiveActions.Select(a => Action(a, false, approvedAt)),
        ];
    }

    /// <summary>
    /// When the current resolution was finally approved; null before. Actions count from the final approval of
    /// their round: a proposal can still be sent back before that.
    /// </summary>
    private static DateTimeOffset? ApprovedAt(CaseRecord c)
    {
        if (c.Resolution is not { } resolution)
        {
            return null;
        }

        var approvals = c.Approvals.Where(a => a.Round == resolution.Round && a.Meaning != ApprovalMeaning.Rejected).ToList();
        return approvals.Count < resolution.RequiredApprovals.Count || approvals.Count == 0 ? null : approvals.Max(a => a.At);
    }

    private static FactAction Action(CapaAction a, bool corrective, DateTimeOffset approvedAt) =>
        new(a.Id, corrective, a.Description.Length > DescriptionLength ? a.Description[..DescriptionLength] + "…" : a.Description, a.Owner, a.DueDate, a.Status, a.DoneAt, approvedAt);
}

/// <summary>One deadline clock as the statistics see it.</summary>
internal sealed record FactClock(DeadlineKind Kind, DateTimeOffset StartedAt, DateTimeOffset Due, DateTimeOffset? MetAt, DateTimeOffset? PausedAt, TimeSpan? RemainingAtPause)
{
    /// <summary>The due time that had passed unmet before a date agreed with the customer replaced it.</summary>
    public DateTimeOffset? MissedDue { get; init; }

    /// <summary>The department head accepted a reasonable cause for missing this deadline (docs/procedure.md §8).</summary>
    public bool Excused { get; init; }

    /// <summary>Met by the due time, and not missed before an agreed date moved it.</summary>
    public bool MetOnTime => MetAt is { } met && met <= Due && MissedDue is null;

    /// <summary>
    /// Unmet and past due at <paramref name="moment"/>. A clock paused by then counts only if it was already
    /// overdue when it paused (waiting for the customer stops the clock, docs/procedure.md §8).
    /// </summary>
    public bool WasOverdueAt(DateTimeOffset moment)
    {
        if (MetAt is { } met && met <= moment)
        {
            return false;
        }

        return PausedAt is { } paused && paused <= moment ? RemainingAtPause < TimeSpan.Zero : Due < moment;
    }
}

/// <summary>A corrective (<see cref="Corrective"/>) or preventive action of an approved resolution.</summary>
internal sealed record FactAction(string Id, bool Corrective, string Description, string Owner, DateOnly DueDate, ActionStatus Status, DateTimeOffset? DoneAt, DateTimeOffset ApprovedAt)
{
    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress;

    public bool WasOpenAt(DateTimeOffset moment) =>
        ApprovedAt < moment && (IsOpen || (Status == ActionStatus.Done && DoneAt is { } done && done >= moment));
}

/// <summary>What the accountability table shows of a case's accountability record.</summary>
internal sealed record AccountabilityFact(decimal LossAmount, string? EmployeeAtFault, decimal SuggestedShare, DateTimeOffset RecordedAt);
