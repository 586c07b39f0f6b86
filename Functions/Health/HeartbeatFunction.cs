using Microsoft.Azure.Functions.Worker;

namespace Serverless.Feedback.Health;

/// <summary>A timer that proves timers run: it records each run, and health reports the last one.</summary>
internal sealed class HeartbeatFunction(HeartbeatStore store, TimeProvider clock, ILogger<HeartbeatFunction> logger)
{
    public const string Name = "Heartbeat";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%HeartbeatSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await store.RecordAsync(clock.GetUtcNow(), timer.IsPastDue, cancellationToken);
        logger.LogInformation("Heartbeat (past due: {IsPastDue})", timer.IsPastDue);
    }
}
