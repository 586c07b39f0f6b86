namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// A month's complaint and returns rates against the upper control limits management set (docs/procedure.md §14.8), per
/// 1,000 orders (deliveries when no orders were entered) and per 1,000 deliveries (orders when none).
/// </summary>
internal sealed record ControlLimitCheck(string Topic, decimal? Measured, decimal? Limit)
{
    public const string ComplaintRate = "complaintRate";
    public const string ReturnRate = "returnRate";

    public bool Exceeded => Measured is { } measured && Limit is { } limit && measured > limit;
}

internal static class ControlLimits
{
    public static IReadOnlyList<ControlLimitCheck> Check(MonthlyFigures figures, int returns, ReportSettings settings)
    {
        var volume = settings.VolumeOf(figures.Month);
        return
        [
            new(ControlLimitCheck.ComplaintRate, PerThousand(figures.Complaints.Received, volume?.Orders ?? volume?.Deliveries), settings.ComplaintRateLimit),
            new(ControlLimitCheck.ReturnRate, PerThousand(returns, volume?.Deliveries ?? volume?.Orders), settings.ReturnRateLimit),
        ];
    }

    private static decimal? PerThousand(int count, long? volume) =>
        volume is > 0 ? Math.Round(count * 1000m / volume.Value, 2) : null;
}

/// <summary>
/// How many returns a month had, for the returns control limit. The returns records answer this when they exist;
/// until then (null) the summary counts the approved "return" remedial actions of complaints received in the
/// month. See <c>docs/adr/0044-control-limits.md</c>.
/// </summary>
internal interface IReturnCount
{
    Task<int?> CountAsync(ReportMonth month, TimeZoneInfo zone, CancellationToken cancellationToken);
}

/// <summary>No returns records: the summary falls back to the remedial actions.</summary>
internal sealed class NoReturnRecords : IReturnCount
{
    public Task<int?> CountAsync(ReportMonth month, TimeZoneInfo zone, CancellationToken cancellationToken) => Task.FromResult<int?>(null);
}
