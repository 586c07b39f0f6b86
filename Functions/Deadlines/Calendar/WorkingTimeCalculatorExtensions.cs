using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// <see cref="DateTimeOffset"/> and <see cref="TimeSpan"/> forms of the calculator's methods. Results carry the
/// calendar zone's offset at that instant, so they read as the company's wall-clock time.
/// </summary>
internal static class WorkingTimeCalculatorExtensions
{
    public static DateTimeOffset InCalendarZone(this WorkingTimeCalculator calculator, Instant instant) =>
        instant.InZone(calculator.Zone).ToDateTimeOffset();

    public static bool IsWorkingDay(this WorkingTimeCalculator calculator, DateOnly date) =>
        calculator.IsWorkingDay(LocalDate.FromDateOnly(date));

    public static bool IsWorkingTime(this WorkingTimeCalculator calculator, DateTimeOffset moment) =>
        calculator.IsWorkingTime(Instant.FromDateTimeOffset(moment));

    public static DateTimeOffset NextWorkingMoment(this WorkingTimeCalculator calculator, DateTimeOffset moment) =>
        calculator.InCalendarZone(calculator.NextWorkingMoment(Instant.FromDateTimeOffset(moment)));

    public static DateTimeOffset NextWorkingDayStart(this WorkingTimeCalculator calculator, DateTimeOffset moment) =>
        calculator.InCalendarZone(calculator.NextWorkingDayStart(Instant.FromDateTimeOffset(moment)));

    public static DateTimeOffset AddWorkingTime(this WorkingTimeCalculator calculator, DateTimeOffset start, TimeSpan amount) =>
        calculator.InCalendarZone(calculator.AddWorkingTime(Instant.FromDateTimeOffset(start), Duration.FromTimeSpan(amount)));

    public static DateTimeOffset SubtractWorkingTime(this WorkingTimeCalculator calculator, DateTimeOffset end, TimeSpan amount) =>
        calculator.InCalendarZone(calculator.SubtractWorkingTime(Instant.FromDateTimeOffset(end), Duration.FromTimeSpan(amount)));

    public static DateTimeOffset AddWorkingDays(this WorkingTimeCalculator calculator, DateTimeOffset start, int days) =>
        calculator.InCalendarZone(calculator.AddWorkingDays(Instant.FromDateTimeOffset(start), days));

    public static TimeSpan WorkingTimeBetween(this WorkingTimeCalculator calculator, DateTimeOffset from, DateTimeOffset to) =>
        calculator.WorkingTimeBetween(Instant.FromDateTimeOffset(from), Instant.FromDateTimeOffset(to)).ToTimeSpan();

    public static TimeLeft GetTimeLeft(this WorkingTimeCalculator calculator, DateTimeOffset now, DateTimeOffset deadline) =>
        calculator.GetTimeLeft(Instant.FromDateTimeOffset(now), Instant.FromDateTimeOffset(deadline));
}
