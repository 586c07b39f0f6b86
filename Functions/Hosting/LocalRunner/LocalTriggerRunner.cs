using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Hosting.LocalRunner.Cron;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// Stands in for the Functions host on a developer's machine: builds a listener for every queue and timer
/// function in the catalog and runs them until the app stops. Off under the real host.
/// </summary>
internal sealed class LocalTriggerRunner(
    FunctionCatalog catalog,
    IConfiguration configuration,
    IQueueServiceClient queues,
    TimerStatusStore statuses,
    FunctionInvoker invoker,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<LocalTriggerRunner>();

    public IReadOnlyList<QueueTriggerListener> QueueListeners { get; } = CreateQueueListeners(catalog, configuration, queues, invoker, scopes, clock, loggers);

    public IReadOnlyList<TimerTriggerListener> TimerListeners { get; } = CreateTimerListeners(catalog, configuration, statuses, invoker, scopes, clock, loggers);

    /// <summary>The host's time zone for timers: WEBSITE_TIME_ZONE, else TZ, else UTC.</summary>
    public static TimeZoneInfo TimerZone(IConfiguration configuration) =>
        (configuration["WEBSITE_TIME_ZONE"] ?? configuration["TZ"]) is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Utc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Local trigger runner: {QueueCount} queue and {TimerCount} timer functions", QueueListeners.Count, TimerListeners.Count);
        var loops = QueueListeners.Select(l => PollForeverAsync(l, stoppingToken)).Append(TimersForeverAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task PollForeverAsync(QueueTriggerListener listener, CancellationToken stoppingToken)
    {
        var idle = TimeSpan.Zero;
        var maxIdle = catalog.Host.Queues.MaxPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var received = await listener.PollOnceAsync(stoppingToken);

                // Back off while the queue is empty, as the host does, up to maxPollingInterval.
                idle = received > 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(maxIdle.Ticks, Math.Max(TimeSpan.FromMilliseconds(100).Ticks, idle.Ticks * 2)));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(e, "Polling {Queue} failed; trying again", listener.QueueName);
                idle = maxIdle;
            }

            if (idle > TimeSpan.Zero)
            {
                await Delay(idle, stoppingToken);
            }
        }
    }

    private async Task TimersForeverAsync(CancellationToken stoppingToken)
    {
        foreach (var timer in TimerListeners)
        {
            await RetryAsync(() => timer.StartAsync(stoppingToken), timer.FunctionName, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var timer in TimerListeners)
            {
                await RetryAsync(() => timer.TickAsync(stoppingToken), timer.FunctionName, stoppingToken);
            }

            // Wake at least every second, so a Development clock step is noticed promptly.
            var next = TimerListeners.Select(t => t.NextDue).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            var wait = next == DateTimeOffset.MaxValue ? TimeSpan.FromSeconds(1) : next - clock.GetUtcNow();
            await Delay(TimeSpan.FromTicks(Math.Clamp(wait.Ticks, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks)), stoppingToken);
        }
    }

    private async Task RetryAsync(Func<Task> action, string function, CancellationToken stoppingToken)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            _logger.LogWarning(e, "Timer bookkeeping for {FunctionName} failed; will try again", function);
        }
    }

    private async Task Delay(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static List<QueueTriggerListener> CreateQueueListeners(
        FunctionCatalog catalog, IConfiguration configuration, IQueueServiceClient queues, FunctionInvoker invoker, IServiceScopeFactory scopes, TimeProvider clock, ILoggerFactory loggers) =>
        catalog.Functions
            .Where(f => f.Trigger is QueueFunctionTrigger && invoker.IsRegistered(f.Name))
            .Select(f => new QueueTriggerListener(
                f,
                AppSettingExpander.Expand(((QueueFunctionTrigger)f.Trigger).QueueName, configuration),
                catalog.Host.Queues,
                queues,
                invoker,
                scopes,
                clock,
                loggers.CreateLogger("Serverless.Feedback.LocalRunner." + f.Name)))
            .ToList();

    private static List<TimerTriggerListener> CreateTimerListeners(
        FunctionCatalog catalog, IConfiguration configuration, TimerStatusStore statuses, FunctionInvoker invoker, IServiceScopeFactory scopes, TimeProvider clock, ILoggerFactory loggers)
    {
        var zone = TimerZone(configuration);
        return catalog.Functions
            .Where(f => f.Trigger is TimerFunctionTrigger && invoker.IsRegistered(f.Name))
            .Select(f => new TimerTriggerListener(
                f,
                CronSchedule.Parse(AppSettingExpander.Expand(((TimerFunctionTrigger)f.Trigger).Schedule, configuration)),
                zone,
                statuses,
                invoker,
                scopes,
                clock,
                loggers.CreateLogger("Serverless.Feedback.LocalRunner." + f.Name)))
            .ToList();
    }
}
