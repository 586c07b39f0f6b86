using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.LocalRunner.Cron;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// Stands in for the Functions host wherever the app runs without it (<c>./run.sh</c>, tests, a container): builds a
/// listener for every queue and timer function in the catalog and runs them until the app stops.
/// </summary>
internal sealed class LocalTriggerRunner : BackgroundService
{
    private readonly FunctionCatalog _catalog;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public LocalTriggerRunner(
        FunctionCatalog catalog,
        IConfiguration configuration,
        IQueueServiceClient queues,
        TimerStatusStore statuses,
        LocalFunctionInvoker invoker,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        _catalog = catalog;
        _clock = clock;
        _logger = loggers.CreateLogger<LocalTriggerRunner>();
        var methods = catalog.Functions
            .Where(f => f.Trigger is QueueFunctionTrigger or TimerFunctionTrigger)
            .Select(f => FunctionMethod.Resolve(f, typeof(LocalTriggerRunner).Assembly))
            .ToList();
        methods.ForEach(TriggerValues.EnsureSupported);

        QueueListeners = methods
            .Where(m => m.Definition.Trigger is QueueFunctionTrigger)
            .Select(m => new QueueTriggerListener(
                m,
                AppSettingExpander.Expand(((QueueFunctionTrigger)m.Definition.Trigger).QueueName, configuration),
                catalog.Host.Queues,
                queues,
                invoker,
                loggers.CreateLogger("Serverless.Feedback.LocalRunner." + m.Definition.Name)))
            .ToList();

        var zone = TimerZone(configuration);
        TimerListeners = methods
            .Where(m => m.Definition.Trigger is TimerFunctionTrigger)
            .Select(m => new TimerTriggerListener(
                m,
                CronSchedule.Parse(AppSettingExpander.Expand(((TimerFunctionTrigger)m.Definition.Trigger).Schedule, configuration)),
                zone,
                statuses,
                invoker,
                clock,
                loggers.CreateLogger("Serverless.Feedback.LocalRunner." + m.Definition.Name)))
            .ToList();
    }

    public IReadOnlyList<QueueTriggerListener> QueueListeners { get; }

    public IReadOnlyList<TimerTriggerListener> TimerListeners { get; }

    /// <summary>The host's time zone for timers: WEBSITE_TIME_ZONE, else TZ, else UTC.</summary>
    public static TimeZoneInfo TimerZone(IConfiguration configuration) =>
        (configuration["WEBSITE_TIME_ZONE"] ?? configuration["TZ"]) is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : TimeZoneInfo.Utc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the first polls and the schedule monitor's reads wait for storage (and the first use
        // of the storage clients is slow to start), and the app should be answering meanwhile.
        await Task.Yield();
        _logger.LogInformation("Local trigger runner: {QueueCount} queue and {TimerCount} timer functions", QueueListeners.Count, TimerListeners.Count);
        var loops = QueueListeners.Select(l => PollForeverAsync(l, stoppingToken)).Append(TimersForeverAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task PollForeverAsync(QueueTriggerListener listener, CancellationToken stoppingToken)
    {
        var idle = TimeSpan.Zero;
        var maxIdle = _catalog.Host.Queues.MaxPollingInterval;
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
            var wait = next == DateTimeOffset.MaxValue ? TimeSpan.FromSeconds(1) : next - _clock.GetUtcNow();
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
            await Task.Delay(delay, _clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
