using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Reports.Facts;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// Returned goods in the month (docs/procedure.md §14.6): lots received and their quantity, reviews made and how many within
/// their working day, dispositions decided, and lots still waiting for review at the end of the month.
/// </summary>
internal sealed record ReturnFigures(int Lots, decimal Quantity, OnTime Reviews, IReadOnlyList<CodeCount> Dispositions, int AwaitingReview)
{
    public static ReturnFigures None { get; } = new(0, 0, new OnTime(0, 0), [], 0);

    public static ReturnFigures Count(IEnumerable<CaseFacts> complaints, ReportMonth month, Func<DateTimeOffset?, bool> during, DateTimeOffset until, DateOnly lastDay)
    {
        var lots = complaints.SelectMany(f => f.ReturnLots).ToList();
        var received = lots.Where(r => r.ReceivedOn >= month.FirstDay && r.ReceivedOn <= lastDay).ToList();
        var reviewed = lots.Where(r => during(r.ReviewedAt)).ToList();
        return new ReturnFigures(
            received.Count,
            received.Sum(r => r.Quantity),
            new OnTime(reviewed.Count, reviewed.Count(r => r.ReviewedOnTime)),
            [.. reviewed.GroupBy(r => CaseRows.Code(r.Disposition!.Value), StringComparer.Ordinal)
                .Select(g => new CodeCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Code, StringComparer.Ordinal)],
            lots.Count(r => r.RegisteredAt < until && (r.ReviewedAt is null || r.ReviewedAt >= until)));
    }
}
