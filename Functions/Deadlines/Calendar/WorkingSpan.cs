using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>One working interval of <see cref="Date"/> as real time: [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct WorkingSpan(LocalDate Date, Instant Start, Instant End)
{
    public Duration Length => End - Start;

    public bool Contains(Instant instant) => instant >= Start && instant < End;
}
