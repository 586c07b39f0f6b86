using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// The calendar has no working time at all over the searched stretch, so a deadline cannot be placed.
/// Raised instead of searching forever (for example when holidays cover years).
/// </summary>
internal sealed class NoWorkingTimeException(LocalDate from, LocalDate to)
    : InvalidOperationException(
        $"The company calendar has no working time from {from:uuuu-MM-dd} to {to:uuuu-MM-dd}; check its working hours and holidays.")
{
    public LocalDate From { get; } = from;

    public LocalDate To { get; } = to;
}
