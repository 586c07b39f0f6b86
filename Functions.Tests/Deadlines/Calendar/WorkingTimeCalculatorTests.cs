using NodaTime;
using Serverless.Feedback.Deadlines.Calendar;
using static Serverless.Feedback.Tests.Deadlines.Calendar.ShanghaiTime;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

public sealed class WorkingTimeCalculatorTests
{
    private readonly WorkingTimeCalculator _calculator = new(SampleCalendars.China2026);

    [Theory]
    [InlineData(8, 29, false)]
    [InlineData(8, 30, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    [InlineData(12, 30, false)]
    [InlineData(13, 0, true)]
    [InlineData(17, 29, true)]
    [InlineData(17, 30, false)]
    [InlineData(23, 0, false)]
    public void IsWorkingTime_MondayClock_FollowsHoursWithLunchBreak(int hour, int minute, bool expected) =>
        Assert.Equal(expected, _calculator.IsWorkingTime(At(3, 2, hour, minute)));

    [Theory]
    [InlineData(3, 2, true)] // Monday
    [InlineData(3, 7, false)] // Saturday
    [InlineData(2, 14, true)] // make-up Saturday
    [InlineData(9, 20, true)] // make-up Sunday
    [InlineData(10, 5, false)] // Monday in the National Day holiday
    [InlineData(2, 23, false)] // last day of the Spring Festival holiday
    public void IsWorkingDay_SampleYear_KnowsWeekendsHolidaysAndMakeUpDays(int month, int day, bool expected) =>
        Assert.Equal(expected, _calculator.IsWorkingDay(new LocalDate(2026, month, day)));

    [Fact]
    public void IsWorkingTime_MakeUpSaturday_UsesMondayHours()
    {
        Assert.True(_calculator.IsWorkingTime(At(2, 14, 9, 0)));
        Assert.False(_calculator.IsWorkingTime(At(2, 14, 12, 30)));
    }

    [Fact]
    public void NextWorkingMoment_InsideHours_ReturnsSameInstant() =>
        Assert.Equal(At(3, 2, 10, 15), _calculator.NextWorkingMoment(At(3, 2, 10, 15)));

    [Fact]
    public void NextWorkingMoment_LunchBreak_ReturnsAfternoonStart() =>
        Assert.Equal(At(3, 2, 13, 0), _calculator.NextWorkingMoment(At(3, 2, 12, 5)));

    [Fact]
    public void NextWorkingMoment_FridayEvening_ReturnsMondayMorning() =>
        Assert.Equal(At(3, 9, 8, 30), _calculator.NextWorkingMoment(At(3, 6, 17, 30)));

    [Fact]
    public void NextWorkingMoment_BeforeNationalDay_SkipsHolidayWeek() =>
        Assert.Equal(At(10, 8, 8, 30), _calculator.NextWorkingMoment(At(9, 30, 18, 0)));

    [Fact]
    public void AddWorkingTime_ReceivedAt2300_CountsFromNextMorning() =>
        Assert.Equal(At(3, 3, 9, 30), _calculator.AddWorkingTime(At(3, 2, 23, 0), Duration.FromHours(1)));

    [Fact]
    public void AddWorkingTime_AcrossLunch_SkipsBreak() =>
        Assert.Equal(At(3, 2, 14, 0), _calculator.AddWorkingTime(At(3, 2, 11, 0), Duration.FromHours(2)));

    [Fact]
    public void AddWorkingTime_ExactlyRemainingTime_EndsAtIntervalEndNotNextMorning()
    {
        Assert.Equal(At(3, 2, 17, 30), _calculator.AddWorkingTime(At(3, 2, 13, 0), Duration.FromMinutes(270)));
        Assert.Equal(At(3, 2, 17, 30), _calculator.AddWorkingTime(At(3, 2, 8, 30), Duration.FromHours(8)));
        Assert.Equal(At(3, 2, 12, 0), _calculator.AddWorkingTime(At(3, 2, 8, 30), Duration.FromMinutes(210)));
    }

    [Fact]
    public void AddWorkingTime_FridayEveningBeforeMakeUpSunday_SundayCounts()
    {
        // Sat 19 Sep off, Sun 20 Sep a make-up working day (8 h), so 12 h end on Monday 21 Sep at 13:30.
        Assert.Equal(At(9, 21, 13, 30), _calculator.AddWorkingTime(At(9, 18, 17, 50), Duration.FromHours(12)));
    }

    [Fact]
    public void AddWorkingTime_EveningBeforeHolidayWeek_ResumesAfterIt()
    {
        // 1–7 Oct are holidays: 8 h on Thu 8 Oct, then 4 h on Fri 9 Oct (08:30–12:00 and 13:00–13:30).
        Assert.Equal(At(10, 9, 13, 30), _calculator.AddWorkingTime(At(9, 30, 17, 50), Duration.FromHours(12)));
    }

    [Fact]
    public void AddWorkingTime_MakeUpSaturdayBeforeSpringFestival_CountsThenSkipsHoliday()
    {
        Assert.Equal(At(2, 14, 9, 0), _calculator.AddWorkingTime(At(2, 13, 17, 0), Duration.FromHours(1)));
        Assert.Equal(At(2, 24, 9, 0), _calculator.AddWorkingTime(At(2, 13, 17, 0), Duration.FromHours(9)));
    }

    [Fact]
    public void AddWorkingTime_Zero_ReturnsStartUnchanged() =>
        Assert.Equal(At(3, 7, 23, 0), _calculator.AddWorkingTime(At(3, 7, 23, 0), Duration.Zero));

    [Fact]
    public void AddWorkingTime_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _calculator.AddWorkingTime(At(3, 2, 9, 0), Duration.FromHours(-1)));

    [Fact]
    public void SubtractWorkingTime_FourHoursBeforeTuesdayTen_IsMondayThreePm() =>
        Assert.Equal(At(3, 2, 15, 0), _calculator.SubtractWorkingTime(At(3, 3, 10, 0), Duration.FromHours(4)));

    [Fact]
    public void SubtractWorkingTime_ExactInterval_EndsAtIntervalStart() =>
        Assert.Equal(At(3, 2, 13, 0), _calculator.SubtractWorkingTime(At(3, 2, 17, 30), Duration.FromMinutes(270)));

    [Fact]
    public void AddWorkingDays_InsideHours_SameTimeNextWorkingDay() =>
        Assert.Equal(At(3, 3, 10, 0), _calculator.AddWorkingDays(At(3, 2, 10, 0), 1));

    [Fact]
    public void AddWorkingDays_ReceivedAtWeekend_DueEndOfMonday() =>
        Assert.Equal(At(3, 9, 17, 30), _calculator.AddWorkingDays(At(3, 7, 11, 0), 1));

    [Fact]
    public void AddWorkingDays_ReceivedAtOpening_DueAtCloseSameDay() =>
        Assert.Equal(At(3, 2, 17, 30), _calculator.AddWorkingDays(At(3, 2, 8, 30), 1));

    [Fact]
    public void AddWorkingDays_ReceivedAtLunch_DueEndOfNextMorning() =>
        Assert.Equal(At(3, 3, 12, 0), _calculator.AddWorkingDays(At(3, 2, 12, 30), 1));

    [Fact]
    public void AddWorkingDays_AcrossNationalDay_CountsMakeUpSaturday()
    {
        Assert.Equal(At(10, 8, 10, 0), _calculator.AddWorkingDays(At(9, 30, 10, 0), 1));
        Assert.Equal(At(10, 10, 10, 0), _calculator.AddWorkingDays(At(9, 30, 10, 0), 3));
    }

    [Fact]
    public void AddWorkingDays_ShorterMakeUpDay_ClampsToItsEnd()
    {
        var calendar = CompanyCalendar.Default with
        {
            MakeUpWorkdays = [new(new(2026, 3, 7), "Stocktaking") { Intervals = [new(new(9, 0), new(12, 0))] }],
        };
        var calculator = new WorkingTimeCalculator(calendar);

        Assert.Equal(At(3, 7, 12, 0), calculator.AddWorkingDays(At(3, 6, 15, 0), 1));
        Assert.Equal(At(3, 7, 10, 0), calculator.AddWorkingDays(At(3, 6, 10, 0), 1));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsNextWorkingMoment() =>
        Assert.Equal(At(3, 9, 8, 30), _calculator.AddWorkingDays(At(3, 7, 11, 0), 0));

    [Fact]
    public void AddWorkingDays_FiveDaysOnUniformWeek_EqualsFortyWorkingHours() =>
        Assert.Equal(
            _calculator.AddWorkingTime(At(3, 2, 10, 0), Duration.FromHours(40)),
            _calculator.AddWorkingDays(At(3, 2, 10, 0), 5));

    [Fact]
    public void WorkingTimeBetween_FullWeek_IsFortyHours() =>
        Assert.Equal(Duration.FromHours(40), _calculator.WorkingTimeBetween(At(3, 2, 0, 0), At(3, 9, 0, 0)));

    [Fact]
    public void WorkingTimeBetween_Reversed_IsNegative() =>
        Assert.Equal(Duration.FromHours(-40), _calculator.WorkingTimeBetween(At(3, 9, 0, 0), At(3, 2, 0, 0)));

    [Fact]
    public void WorkingTimeBetween_SameInstant_IsZero() =>
        Assert.Equal(Duration.Zero, _calculator.WorkingTimeBetween(At(3, 2, 10, 0), At(3, 2, 10, 0)));

    [Fact]
    public void WorkingTimeBetween_SpringFestivalFortnight_CountsOnlyWorkingDays()
    {
        // 9–13 Feb and make-up Sat 14 Feb are worked; 15–23 Feb are holidays; 24–27 Feb worked.
        Assert.Equal(Duration.FromHours(8 * 10), _calculator.WorkingTimeBetween(At(2, 9, 0, 0), At(2, 28, 0, 0)));
    }

    [Fact]
    public void NextWorkingDayStart_BeforeOpening_IsTodaysOpening() =>
        Assert.Equal(At(3, 2, 8, 30), _calculator.NextWorkingDayStart(At(3, 2, 7, 0)));

    [Fact]
    public void NextWorkingDayStart_DuringDay_IsTomorrowsOpening() =>
        Assert.Equal(At(3, 3, 8, 30), _calculator.NextWorkingDayStart(At(3, 2, 10, 0)));

    [Fact]
    public void GetTimeLeft_BeforeDeadline_ReportsWorkingTimeLeft()
    {
        var left = _calculator.GetTimeLeft(At(3, 2, 16, 30), At(3, 3, 9, 30));

        Assert.False(left.IsOverdue);
        Assert.Equal(Duration.FromHours(2), left.WorkingTime);
        Assert.Equal(Duration.FromHours(17), left.RealTime);
        Assert.Equal(Duration.Zero, left.OverdueWorkingTime);
    }

    [Fact]
    public void GetTimeLeft_PastDeadlineInHours_ReportsOverdueWorkingTime()
    {
        var left = _calculator.GetTimeLeft(At(3, 3, 9, 30), At(3, 2, 16, 30));

        Assert.True(left.IsOverdue);
        Assert.Equal(Duration.FromHours(2), left.OverdueWorkingTime);
    }

    [Fact]
    public void GetTimeLeft_PastDeadlineAfterHours_OverdueWithoutWorkingTimeLost()
    {
        var left = _calculator.GetTimeLeft(At(3, 2, 20, 0), At(3, 2, 17, 30));

        Assert.True(left.IsOverdue);
        Assert.Equal(Duration.Zero, left.OverdueWorkingTime);
    }

    [Fact]
    public void AddWorkingTime_HolidaysCoverYears_ThrowsNoWorkingTime()
    {
        var calendar = CompanyCalendar.Default with { Holidays = [new("Closed", new(2026, 1, 1), new(2030, 12, 31))] };
        var calculator = new WorkingTimeCalculator(calendar);

        var error = Assert.Throws<NoWorkingTimeException>(() => calculator.AddWorkingTime(At(3, 2, 9, 0), Duration.FromHours(1)));
        Assert.Contains("no working time", error.Message, StringComparison.Ordinal);
        Assert.Throws<NoWorkingTimeException>(() => calculator.NextWorkingMoment(At(3, 2, 9, 0)));
        Assert.Equal(Duration.Zero, calculator.WorkingTimeBetween(At(3, 2, 9, 0), At(2029, 3, 2, 9, 0)));
    }

    [Fact]
    public void AddWorkingTime_DateTimeOffset_ReturnsCompanyWallClock()
    {
        var start = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai

        var due = _calculator.AddWorkingTime(start, TimeSpan.FromHours(8));

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(8)), due);
        Assert.Equal(TimeSpan.FromHours(8), due.Offset);
        Assert.Equal(TimeSpan.FromHours(8), _calculator.WorkingTimeBetween(start, due));
    }

    [Fact]
    public void Constructor_InvalidCalendar_ThrowsWithEveryError()
    {
        var calendar = CompanyCalendar.Default with { TimeZoneId = "Mars/Olympus_Mons", Holidays = [new("", new(2026, 2, 1), new(2026, 1, 1))] };

        var error = Assert.Throws<InvalidCalendarException>(() => new WorkingTimeCalculator(calendar));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }
}
