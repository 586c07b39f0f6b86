using Serverless.Feedback.Hosting.CustomHandler;

namespace Serverless.Feedback.Health;

/// <summary>A timer that proves timers run: it records each run, and health reports the last one.</summary>
internal sealed class HeartbeatFunction(HeartbeatStore store, TimeProvider clock, ILogger<HeartbeatFunction> logger) : ITimerFunction
{
    public const string Name = "Heartbeat";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        await store.RecordAsync(clock.GetUtcNow(), invocation.Timer.IsPastDue, cancellationToken);
        logger.LogInformation("Heartbeat (past due: {IsPastDue})", invocation.Timer.IsPastDue);
    }
}
