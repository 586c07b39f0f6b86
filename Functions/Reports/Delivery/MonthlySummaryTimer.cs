using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// Asks for the previous month's management summary once the configured day and time (default the 1st at
/// 08:00) has come in the company's time zone. The timer ticks every hour, because the host's time zone is not
/// the company's (ADR 0009); a note per month makes every later tick, retry or second instance a no-op.
/// </summary>
internal sealed class MonthlySummaryTimer(
    SettingsStore settings,
    CompanyTime time,
    MonthlyStatsStore stats,
    ReportRequester requester,
    ILogger<MonthlySummaryTimer> logger)
{
    public const string Name = "MonthlySummary";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%MonthlySummarySchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var now = time.Now;
        var zone = await time.ZoneAsync(cancellationToken);
        var configured = await settings.GetAsync<ReportSettings>(cancellationToken);
        var current = ReportMonth.Of(now, zone);
        var due = DueAt(current, configured, zone);
        if (now < due)
        {
            logger.LogDebug("The summary of {Month} is due at {Due}", current.Previous.ToString(), due);
            return;
        }

        var month = current.Previous;
        if (await stats.WasRequestedAsync(month, cancellationToken))
        {
            return;
        }

        // Asked first, noted second: should the note fail, the next tick asks again and the mail ids keep it to one mail each.
        await requester.RequestMonthlySummaryAsync(month, cancellationToken);
        await stats.MarkRequestedAsync(month, cancellationToken);
    }

    /// <summary>When the summary of the month before <paramref name="current"/> goes out: the configured day and time, company time.</summary>
    public static DateTimeOffset DueAt(ReportMonth current, ReportSettings configured, TimeZoneInfo zone) =>
        ReportMonth.AtLocal(current.FirstDay.AddDays(configured.SummaryDay - 1).ToDateTime(configured.SummaryTimeOfDay), zone);
}
