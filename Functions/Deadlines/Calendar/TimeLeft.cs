using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>How a deadline stands at a moment.</summary>
/// <param name="WorkingTime">Working time from now to the deadline; negative once working time has passed it.</param>
internal sealed record TimeLeft(Instant Now, Instant Deadline, Duration WorkingTime)
{
    /// <summary>Strictly past the deadline. A deadline passed after hours is overdue with no working time lost yet.</summary>
    public bool IsOverdue => Now > Deadline;

    /// <summary>Real time until the deadline; negative when overdue.</summary>
    public Duration RealTime => Deadline - Now;

    /// <summary>Working time since the deadline passed; zero when not overdue.</summary>
    public Duration OverdueWorkingTime => IsOverdue ? -WorkingTime : Duration.Zero;
}
