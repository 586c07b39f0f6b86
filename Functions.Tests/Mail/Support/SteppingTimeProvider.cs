namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> by itself: whenever code starts a timer (Task.Delay with this provider), the
/// clock is advanced by the timer's due time, so waits complete at once in fake time. The due times
/// are recorded so a test can check how long the code meant to wait.
/// </summary>
internal sealed class SteppingTimeProvider(FakeTimeProvider clock) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _waits = [];

    public FakeTimeProvider Clock { get; } = clock;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _waits.Add(dueTime);
            }

            // Advance from the thread pool: the timer must be fully set up before it can fire.
            ThreadPool.QueueUserWorkItem(_ => Clock.Advance(dueTime));
        }

        return timer;
    }
}
