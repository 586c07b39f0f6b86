namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// A stretch of working wall-clock time within one day, from <see cref="Start"/> (inclusive) to
/// <see cref="End"/> (exclusive). An interval cannot reach past midnight.
/// </summary>
internal sealed record WorkingInterval(TimeOnly Start, TimeOnly End)
{
    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
