using NodaTime;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>
/// Working hours are wall-clock times. Europe/Berlin goes 02:00 → 03:00 on 29 Mar 2026 and 03:00 → 02:00 on
/// 25 Oct 2026; America/New_York goes 02:00 → 03:00 on 8 Mar 2026 and 02:00 → 01:00 on 1 Nov 2026.
/// </summary>
public sealed class WorkingTimeCalculatorDstTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly LocalDate SpringForward = new(2026, 3, 29);
    private static readonly LocalDate FallBack = new(2026, 10, 25);

    [Fact]
    public void SpringForward_NightShiftAcrossGap_LosesTheSkippedHour()
    {
        var calculator = NightShift("Europe/Berlin", SpringForward, new(1, 0), new(5, 0));
        var start = Utc(2026, 3, 29, 0, 0); // 01:00 CET

        Assert.Equal(Duration.FromHours(3), calculator.WorkingTimeBetween(start, start + Duration.FromDays(1)));
        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 0), Local(calculator.AddWorkingTime(start, Duration.FromHours(1)), Berlin));
    }

    [Fact]
    public void SpringForward_IntervalInsideGap_Vanishes()
    {
        var calculator = NightShift("Europe/Berlin", SpringForward, new(2, 15), new(2, 45));

        Assert.False(calculator.IsWorkingDay(SpringForward));
    }

    [Fact]
    public void SpringForward_IntervalStartingInGap_StartsWhenGapEnds()
    {
        var calculator = NightShift("Europe/Berlin", SpringForward, new(2, 30), new(4, 0));
        var dayStart = Utc(2026, 3, 28, 23, 0);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 0), Local(calculator.NextWorkingMoment(dayStart), Berlin));
        Assert.Equal(Duration.FromHours(1), calculator.WorkingTimeBetween(dayStart, dayStart + Duration.FromDays(1)));
    }

    [Fact]
    public void FallBack_NightShiftAcrossRepeatedHour_LastsItsRealLength()
    {
        var calculator = NightShift("Europe/Berlin", FallBack, new(1, 0), new(5, 0));
        var dayStart = Utc(2026, 10, 24, 22, 0);

        Assert.Equal(Duration.FromHours(5), calculator.WorkingTimeBetween(dayStart, dayStart + Duration.FromDays(1)));
    }

    [Fact]
    public void FallBack_IntervalInsideRepeatedHour_CountedOnce()
    {
        var calculator = NightShift("Europe/Berlin", FallBack, new(2, 15), new(2, 45));
        var firstPass = Utc(2026, 10, 25, 0, 30); // 02:30 CEST
        var secondPass = Utc(2026, 10, 25, 1, 30); // 02:30 CET

        Assert.Equal(Duration.FromMinutes(30), calculator.WorkingTimeBetween(Utc(2026, 10, 24, 22, 0), Utc(2026, 10, 25, 23, 0)));
        Assert.True(calculator.IsWorkingTime(firstPass));
        Assert.False(calculator.IsWorkingTime(secondPass));
    }

    [Fact]
    public void NewYork_FallBack_IntervalEndingInRepeatedHourEndsAtFirstPass()
    {
        var calculator = NightShift("America/New_York", new(2026, 11, 1), new(0, 0), new(1, 30));
        var dayStart = Utc(2026, 11, 1, 4, 0); // 00:00 EDT

        Assert.Equal(Duration.FromMinutes(90), calculator.WorkingTimeBetween(dayStart, dayStart + Duration.FromDays(1)));
        Assert.Equal(Utc(2026, 11, 1, 5, 30), calculator.AddWorkingTime(dayStart, Duration.FromMinutes(90)));
    }

    [Fact]
    public void NewYork_SpringForward_ShiftEndingInGapEndsWhenGapEnds()
    {
        var calculator = NightShift("America/New_York", new(2026, 3, 8), new(0, 0), new(2, 30));
        var dayStart = Utc(2026, 3, 8, 5, 0); // 00:00 EST

        Assert.Equal(Duration.FromHours(2), calculator.WorkingTimeBetween(dayStart, dayStart + Duration.FromDays(1)));
        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 0), Local(calculator.AddWorkingTime(dayStart, Duration.FromHours(2)), NewYork));
    }

    [Fact]
    public void OfficeHours_AcrossSpringForwardWeekend_KeepWallClock()
    {
        var calculator = new WorkingTimeCalculator(CompanyCalendar.Default with { TimeZoneId = "Europe/Berlin" });
        var friday = new LocalDateTime(2026, 3, 27, 10, 0).InZoneStrictly(Berlin).ToInstant();
        var monday = new LocalDateTime(2026, 3, 30, 10, 0).InZoneStrictly(Berlin).ToInstant();

        Assert.Equal(monday, calculator.AddWorkingTime(friday, Duration.FromHours(8)));
        Assert.Equal(monday, calculator.AddWorkingDays(friday, 1));
        Assert.Equal(Duration.FromHours(8), calculator.WorkingTimeBetween(friday, monday));
        Assert.Equal(Duration.FromHours(71), monday - friday);
    }

    [Fact]
    public void OfficeHours_AcrossFallBackWeekendInNewYork_KeepWallClock()
    {
        var calculator = new WorkingTimeCalculator(CompanyCalendar.Default with { TimeZoneId = "America/New_York" });
        var friday = new LocalDateTime(2026, 10, 30, 16, 0).InZoneStrictly(NewYork).ToInstant();

        var due = calculator.AddWorkingTime(friday, Duration.FromHours(2));

        Assert.Equal(new LocalDateTime(2026, 11, 2, 9, 0), Local(due, NewYork));
    }

    /// <summary>The default calendar in a zone, with one make-up day working only the given night interval.</summary>
    private static WorkingTimeCalculator NightShift(string zone, LocalDate day, TimeOnly start, TimeOnly end) =>
        new(CompanyCalendar.Default with
        {
            TimeZoneId = zone,
            MakeUpWorkdays = [new(day.ToDateOnly(), "Night shift") { Intervals = [new(start, end)] }],
        });

    private static Instant Utc(int year, int month, int day, int hour, int minute) => Instant.FromUtc(year, month, day, hour, minute);

    private static LocalDateTime Local(Instant instant, DateTimeZone zone) => instant.InZone(zone).LocalDateTime;
}
