using Serverless.Feedback.Reports.Facts;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>One row of management's accountability table: a case's loss and the suggested share of the employee at fault.</summary>
internal sealed record AccountabilityRow(string CaseNumber, string? Department, decimal LossAmount, string? EmployeeAtFault, decimal SuggestedShare, DateTimeOffset RecordedAt);

/// <summary>The month's table, with totals.</summary>
internal sealed record AccountabilityMonth(string Month, IReadOnlyList<AccountabilityRow> Rows)
{
    public decimal TotalLoss => Rows.Sum(r => r.LossAmount);

    public decimal TotalSuggestedShare => Rows.Sum(r => r.SuggestedShare);
}

/// <summary>
/// The accountability records of a month (docs/procedure.md §12), by when they were last recorded, for management only:
/// pure, from the report facts.
/// </summary>
internal static class AccountabilityTable
{
    public static AccountabilityMonth For(ReportMonth month, IEnumerable<CaseFacts> facts, TimeZoneInfo zone)
    {
        var from = month.Start(zone);
        var end = month.End(zone);
        var rows = facts
            .Where(f => f.Accountability is { } a && a.RecordedAt >= from && a.RecordedAt < end)
            .Select(f => new AccountabilityRow(f.Number, f.Department, f.Accountability!.LossAmount, f.Accountability.EmployeeAtFault, f.Accountability.SuggestedShare, f.Accountability.RecordedAt))
            .OrderBy(r => r.CaseNumber, StringComparer.Ordinal)
            .ToList();
        return new AccountabilityMonth(month.ToString(), rows);
    }
}
