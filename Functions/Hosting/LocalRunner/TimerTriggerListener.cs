using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.LocalRunner.Cron;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// Drives one timer function: fires at each NCRONTAB occurrence (in the host's time zone), keeps the
/// schedule status, makes up a run missed while stopped (<c>IsPastDue</c>) and honours <c>runOnStartup</c>.
/// </summary>
internal sealed class TimerTriggerListener(
    FunctionMethod function,
    CronSchedule schedule,
    TimeZoneInfo zone,
    TimerStatusStore statuses,
    LocalFunctionInvoker invoker,
    TimeProvider clock,
    ILogger logger)
{
    private TimerScheduleStatus? _status;

    public string FunctionName => function.Definition.Name;

    public DateTimeOffset NextDue { get; private set; } = DateTimeOffset.MaxValue;

    private TimerFunctionTrigger Trigger => (TimerFunctionTrigger)function.Definition.Trigger;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _status = await statuses.GetAsync(FunctionName, cancellationToken);
        if (Trigger.UseMonitor && _status is { } missed && missed.Next <= now)
        {
            logger.LogInformation("{FunctionName} missed its run at {Scheduled}; running it now as past due", FunctionName, missed.Next);
            await FireAsync(missed.Next, isPastDue: true, cancellationToken);
        }
        else if (Trigger.RunOnStartup)
        {
            await FireAsync(now, isPastDue: false, cancellationToken);
        }

        await ScheduleNextAsync(now, cancellationToken);
    }

    /// <summary>Fires when due; returns whether it did.</summary>
    public async Task<bool> TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < NextDue)
        {
            return false;
        }

        await FireAsync(NextDue, isPastDue: false, cancellationToken);
        await ScheduleNextAsync(now, cancellationToken);
        return true;
    }

    /// <summary>Runs the function now, as <c>POST /admin/functions/{name}</c> asks.</summary>
    public Task RunNowAsync(CancellationToken cancellationToken) => FireAsync(clock.GetUtcNow(), isPastDue: false, cancellationToken);

    private async Task FireAsync(DateTimeOffset scheduled, bool isPastDue, CancellationToken cancellationToken)
    {
        try
        {
            await invoker.InvokeAsync(function, TriggerValues.Timer(Trigger.UseMonitor ? _status : null, isPastDue), Guid.NewGuid().ToString(), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed timer run is not retried; the next occurrence runs as usual (as under the host).
            logger.LogError(e, "{FunctionName} failed for its run scheduled at {Scheduled}", FunctionName, scheduled);
        }

        _status = new TimerScheduleStatus(scheduled, _status?.Next ?? scheduled, clock.GetUtcNow());
    }

    private async Task ScheduleNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        NextDue = schedule.GetNextOccurrence(now, zone) ?? DateTimeOffset.MaxValue;
        _status = new TimerScheduleStatus(_status?.Last ?? now, NextDue, clock.GetUtcNow());
        await statuses.SaveAsync(FunctionName, _status, cancellationToken);
    }
}
