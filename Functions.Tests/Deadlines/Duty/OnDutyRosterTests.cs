using Serverless.Feedback.Deadlines;

namespace Serverless.Feedback.Tests.Deadlines.Duty;

/// <summary>Who is on duty on a date (docs/procedure.md §14.3): a dated stretch of the roster first, else the weekly rota.</summary>
public sealed class OnDutyRosterTests
{
    private static readonly CalendarSettings Roster = new()
    {
        OnDuty = [new OnDutyAssignment(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "holiday.duty")],
        WeeklyOnDuty = [new WeeklyDuty(DayOfWeek.Saturday, "sat.duty"), new WeeklyDuty(DayOfWeek.Tuesday, "tue.duty")],
    };

    [Theory]
    [InlineData("2026-10-03", "holiday.duty")]
    [InlineData("2026-10-10", "sat.duty")]
    [InlineData("2026-10-13", "tue.duty")]
    [InlineData("2026-10-11", null)]
    public void OnDutyOn_Date_DatedStretchFirstThenTheWeeklyRota(string date, string? expected)
    {
        Assert.Equal(expected, Roster.OnDutyOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Validate_WeekdayNamedTwiceOrNobody_SaysSo()
    {
        var problems = new CalendarSettings { WeeklyOnDuty = [new WeeklyDuty(DayOfWeek.Sunday, "a"), new WeeklyDuty(DayOfWeek.Sunday, "b"), new WeeklyDuty(DayOfWeek.Monday, " ")] }.Validate();

        Assert.Equal(["weeklyOnDuty[2]: name the person on duty.", "weeklyOnDuty: Sunday is named more than once."], problems["weeklyOnDuty"]);
    }
}
