namespace Serverless.Feedback.Bench.Deadlines;

/// <summary>The benchmark's clock: a fixed working-day moment, moved on by hand, so the figures do not depend on when it runs.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
