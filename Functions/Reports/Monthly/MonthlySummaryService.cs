using Serverless.Feedback.Cases;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>A month's figures with the twelve-month trend and the volumes the complaint rate needs.</summary>
internal sealed record MonthlySummary(MonthlyFigures Figures, IReadOnlyList<MonthTrendPoint> Trend, ReportSettings Settings, TimeZoneInfo Zone, DateTimeOffset GeneratedAt)
{
    /// <summary>The month's rates against the control limits (docs/procedure.md §14.8).</summary>
    public IReadOnlyList<ControlLimitCheck> Limits { get; init; } = [];

    /// <summary>The improvement actions opened for limits exceeded, by topic.</summary>
    public IReadOnlyDictionary<string, string> LimitActions { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Works out the summary of a month: its figures from the report facts, and the trend from the stored
/// points of earlier months. A month missing from the trend (the first run, a month nobody produced) is counted
/// once from the facts and stored, so later summaries find it.
/// </summary>
internal sealed class MonthlySummaryService(
    ReportFactsReader facts,
    MonthlyStatsStore stats,
    CompanyCalendarSource calendar,
    CompanyTime time,
    SettingsStore settings,
    Staff.StaffDirectory staff,
    IReturnCount returns,
    Improvements.ImprovementRegistrar improvements,
    ILogger<MonthlySummaryService> logger)
{
    public const int TrendMonths = 12;

    /// <summary>With <paramref name="record"/> the month's own point is stored too (the produced summary is the month's record).</summary>
    public async Task<MonthlySummary> BuildAsync(ReportMonth month, bool record, CancellationToken cancellationToken)
    {
        var now = time.Now;
        var zone = await time.ZoneAsync(cancellationToken);
        var calculator = await calendar.CalculatorAsync(cancellationToken);
        var months = month.Trailing(TrendMonths);
        var stored = await stats.GetAsync(months[0], month, cancellationToken);

        // Only months that are over belong in the stored trend; a month still running is counted each time.
        var missing = months.Where(m => m != month && !stored.ContainsKey(m) && m.End(zone) <= now).ToList();
        var from = (missing.Count > 0 ? missing[0] : month).Start(zone);
        var loaded = await facts.LoadAsync(from, now, cancellationToken);

        var accountable = Accountable.From(await staff.ListAsync(cancellationToken));
        var figures = MonthlyAggregator.Compute(month, loaded, zone, calculator, now, accountable);
        var points = new Dictionary<ReportMonth, MonthTrendPoint>(stored) { [month] = figures.Trend };
        foreach (var earlier in missing)
        {
            var point = MonthlyAggregator.Compute(earlier, loaded, zone, calculator, now).Trend;
            points[earlier] = point;
            await stats.SaveAsync(point, cancellationToken);
            logger.LogInformation("Counted the trend point of {Month} from the report facts", earlier.ToString());
        }

        if (record && figures.Complete)
        {
            await stats.SaveAsync(figures.Trend, cancellationToken);
        }

        var trend = months.Select(m => points.TryGetValue(m, out var p) ? p : new MonthTrendPoint(m.ToString(), 0, 0, 0, 0, 0, 0, 0, 0)).ToList();
        var reportSettings = await settings.GetAsync<ReportSettings>(cancellationToken);
        var limits = ControlLimits.Check(figures, await returns.CountAsync(month, zone, cancellationToken) ?? figures.RemedialReturns, reportSettings);
        var actions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (record && figures.Complete)
        {
            // A month above a limit opens an improvement action for the quality department, once (docs/procedure.md §14.8).
            var quality = (await settings.GetAsync<OrganisationSettings>(cancellationToken)).RouteFor(Cases.Model.Category.ProductQuality);
            foreach (var exceeded in limits.Where(c => c.Exceeded))
            {
                actions[exceeded.Topic] = await improvements.OpenAsync(
                    new Improvements.ImprovementRequest(
                        $"control-limit-{month}-{exceeded.Topic}",
                        quality,
                        Texts.Instance.For(Texts.Chinese).Format("report.monthly.limitCase", month.ToString(), Texts.Instance.For(Texts.Chinese)[$"report.controlLimit.{exceeded.Topic}"], exceeded.Measured, exceeded.Limit),
                        null,
                        new Cases.Model.ImprovementOrigin(Cases.Model.ImprovementOrigin.ControlLimit, month.ToString(), exceeded.Topic, exceeded.Measured, exceeded.Limit)),
                    cancellationToken);
            }
        }

        return new MonthlySummary(figures, trend, reportSettings, zone, now) { Limits = limits, LimitActions = actions };
    }
}
