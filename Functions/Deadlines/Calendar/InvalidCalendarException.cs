namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>A company calendar that cannot be used; <see cref="Errors"/> lists every problem found.</summary>
internal sealed class InvalidCalendarException(IReadOnlyList<string> errors)
    : Exception("The company calendar is not valid: " + string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
