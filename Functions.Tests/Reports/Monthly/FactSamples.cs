using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Reports.Facts;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>Case facts for the statistics tests, at times written in Shanghai time.</summary>
internal static class FactSamples
{
    private static int _next;

    public static DateTimeOffset At(int month, int day, int hour = 9, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>An assessed product-quality complaint with a first-response clock (due in 12 h, met after 1 h) and a resolution clock (due in 5 days).</summary>
    public static CaseFacts Complaint(DateTimeOffset received, Category category = Category.ProductQuality, Severity severity = Severity.Minor) => new()
    {
        Number = $"FB-{received:yyyyMM}-{Interlocked.Increment(ref _next):D4}",
        Version = 3,
        Kind = CaseKind.Complaint,
        Channel = Channel.Web,
        Stage = CaseStage.Investigating,
        ReceivedAt = received,
        Category = category,
        Severity = severity,
        Department = "quality",
        HandlerId = "qe",
        FirstReceiverId = "clerk",
        Clocks =
        [
            new FactClock(DeadlineKind.FirstResponse, received, received.AddHours(12), received.AddHours(1), null, null),
            new FactClock(DeadlineKind.Resolution, received, received.AddDays(5), null, null, null),
        ],
    };

    public static CaseFacts Closed(this CaseFacts f, DateTimeOffset at, CaseOutcome outcome = CaseOutcome.Resolved) => f with
    {
        Stage = outcome == CaseOutcome.Withdrawn ? CaseStage.Withdrawn : CaseStage.Closed,
        Outcome = outcome,
        ClosedAt = at,
        Clocks = [.. f.Clocks.Select(c => c.MetAt is null ? c with { MetAt = at } : c)],
    };

    public static CaseFacts Met(this CaseFacts f, DeadlineKind kind, DateTimeOffset at, DateTimeOffset? due = null) => f with
    {
        Clocks = [.. f.Clocks.Select(c => c.Kind == kind ? c with { MetAt = at, Due = due ?? c.Due } : c)],
    };
}
