using Serverless.Feedback.Hosting.LocalRunner.Cron;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner.Cron;

public sealed class CronScheduleParseTests
{
    [Theory]
    [InlineData("0 */5 * * * *")]
    [InlineData("0 0 * * * *")]
    [InlineData("0 0 */2 * * *")]
    [InlineData("0 0 9-17 * * *")]
    [InlineData("0 30 9 * * *")]
    [InlineData("0 30 9 * * 1-5")]
    [InlineData("0 30 9 * Jan Mon")]
    [InlineData("0 0 8 1 * *")]
    [InlineData("*/15 * * * * *")]
    [InlineData("0 0 0 * JAN-dec SAT,sun")]
    public void Parse_AzureFunctionsForms_Accepted(string expression) =>
        Assert.Equal(expression, CronSchedule.Parse(expression).Expression);

    [Fact]
    public void Parse_ExtraWhitespace_Normalised() =>
        Assert.Equal("0 */5 * * * *", CronSchedule.Parse("  0\t*/5  * * *   * ").ToString());

    [Fact]
    public void Parse_FiveFields_RefusedSuggestingSeconds()
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse("*/5 * * * *"));

        Assert.Equal(
            "'*/5 * * * *' has 5 fields, but timer schedules need six: {second} {minute} {hour} {day} {month} {day-of-week}. Put the seconds first, for example '0 */5 * * * *'.",
            error.Message);
    }

    [Theory]
    [InlineData("", "The schedule is empty; timer schedules have six fields")]
    [InlineData("garbage", "'garbage' has 1 fields; timer schedules have six")]
    [InlineData("0 0 0 * * * *", "'0 0 0 * * * *' has 7 fields; timer schedules have six")]
    public void Parse_WrongNumberOfFields_SaysHowManyAreNeeded(string expression, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>What NCrontab (and so the Functions host) refuses is refused here, naming the expression.</summary>
    [Theory]
    [InlineData("60 * * * * *")]
    [InlineData("0 1,60 * * * *")]
    [InlineData("0 0 24 * * *")]
    [InlineData("0 0 0 0 * *")]
    [InlineData("0 0 0 32 * *")]
    [InlineData("0 0 0 * 13 *")]
    [InlineData("0 0 0 * * 7")]
    [InlineData("0 0 0 * * 8")]
    [InlineData("0 a * * * *")]
    [InlineData("0 0 0 * FOO *")]
    [InlineData("0 0 0 MON * *")]
    public void Parse_BadInput_FormatExceptionNamesTheExpression(string expression)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.StartsWith($"'{expression}' is not a valid NCRONTAB expression: ", error.Message, StringComparison.Ordinal);
        Assert.False(CronSchedule.TryParse(expression, out var schedule, out var tryError));
        Assert.Null(schedule);
        Assert.Equal(error.Message, tryError);
    }

    [Fact]
    public void TryParse_Null_FalseWithError()
    {
        Assert.False(CronSchedule.TryParse(null, out _, out var error));
        Assert.StartsWith("The schedule is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Valid_TrueWithoutError()
    {
        Assert.True(CronSchedule.TryParse("0 0 * * * *", out var schedule, out var error));
        Assert.Null(error);
        Assert.Equal("0 0 * * * *", schedule.Expression);
    }

    [Theory]
    [InlineData("*/15 * * * * *", "0,15,30,45")]
    [InlineData("10-20/5 * * * * *", "10,15,20")]
    [InlineData("5,1,3-4 * * * * *", "1,3,4,5")]
    [InlineData("0-59/20 * * * * *", "0,20,40")]
    public void Parse_ListsRangesAndSteps_SelectExpectedSeconds(string expression, string seconds)
    {
        var schedule = CronSchedule.Parse(expression);

        var matching = Enumerable.Range(0, 60).Where(s => schedule.Matches(new DateTime(2026, 3, 2, 10, 0, s)));

        Assert.Equal(seconds, string.Join(',', matching));
    }

    [Theory]
    [InlineData("0 0 0 * * 0")]
    [InlineData("0 0 0 * * SUN")]
    [InlineData("0 0 0 * * sun")]
    public void Parse_SundaySpellings_AllMatchSundayOnly(string expression)
    {
        var schedule = CronSchedule.Parse(expression);
        var days = Enumerable.Range(1, 7).Select(d => new DateTime(2026, 3, d)).Where(schedule.Matches);

        Assert.Equal([new DateTime(2026, 3, 1)], days);
    }

    [Fact]
    public void Parse_DayOfWeekStepFromStar_DoesNotDoubleSunday()
    {
        var schedule = CronSchedule.Parse("0 0 0 * * */2");
        var days = Enumerable.Range(1, 7).Select(d => new DateTime(2026, 3, d)).Where(schedule.Matches).Select(d => d.DayOfWeek);

        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], days);
    }

    [Fact]
    public void Parse_MonthNamesAndRanges_CaseInsensitive()
    {
        var schedule = CronSchedule.Parse("0 0 0 1 nov-Dec,FEB *");
        var months = Enumerable.Range(1, 12).Where(m => schedule.Matches(new DateTime(2026, m, 1)));

        Assert.Equal([2, 11, 12], months);
    }

    [Fact]
    public void Matches_TimeBetweenSeconds_IsNoOccurrence() =>
        Assert.False(CronSchedule.Parse("* * * * * *").Matches(new DateTime(2026, 3, 2, 10, 0, 0).AddMilliseconds(500)));
}
