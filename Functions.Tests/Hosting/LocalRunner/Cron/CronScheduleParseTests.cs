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
    [InlineData("0 0 0 * March Friday")]
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
    [InlineData("60 * * * * *", "the second field '60' has 60, out of range: values go from 0 to 59.")]
    [InlineData("0 1,60 * * * *", "the minute field '1,60' has 60, out of range: values go from 0 to 59.")]
    [InlineData("0 0 24 * * *", "the hour field '24' has 24, out of range: values go from 0 to 23.")]
    [InlineData("0 0 0 0 * *", "the day field '0' has 0, out of range: values go from 1 to 31.")]
    [InlineData("0 0 0 32 * *", "the day field '32' has 32, out of range: values go from 1 to 31.")]
    [InlineData("0 0 0 * 13 *", "the month field '13' has 13, out of range: values go from 1 to 12.")]
    [InlineData("0 0 0 * * 8", "the day-of-week field '8' has 8, out of range: values go from 0 to 7.")]
    [InlineData("0 99999999999 * * * *", "the minute field '99999999999' has 99999999999, out of range")]
    [InlineData("0 */0 * * * *", "the minute field '*/0' has step '/0'; a step must be a whole number of at least 1.")]
    [InlineData("0 */x * * * *", "the minute field '*/x' has step '/x'")]
    [InlineData("0 5-2 * * * *", "the minute field '5-2' has range '5-2' running backwards; write the smaller value first.")]
    [InlineData("0 1,,2 * * * *", "the minute field '1,,2' has an empty entry between commas.")]
    [InlineData("0 1, * * * *", "the minute field '1,' has an empty entry between commas.")]
    [InlineData("0 -5 * * * *", "the minute field '-5' is missing a value before or after '-'.")]
    [InlineData("0 a * * * *", "the minute field 'a' has 'a', which is not a number.")]
    [InlineData("0 0 0 * FOO *", "the month field 'FOO' has 'FOO', which is not a number or a month name (JAN–DEC).")]
    [InlineData("0 0 0 * * Mo", "the day-of-week field 'Mo' has 'Mo', which is not a number or a day-of-week name (SUN–SAT).")]
    [InlineData("0 0 0 MON * *", "the day field 'MON' has 'MON', which is not a number.")]
    public void Parse_BadInput_FormatExceptionSaysWhatIsWrong(string expression, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
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
    [InlineData("50/4 * * * * *", "50,54,58")]
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
    [InlineData("0 0 0 * * 7")]
    [InlineData("0 0 0 * * SUN")]
    [InlineData("0 0 0 * * sunday")]
    public void Parse_SundaySpellings_AllMatchSundayOnly(string expression)
    {
        var schedule = CronSchedule.Parse(expression);
        var days = Enumerable.Range(1, 7).Select(d => new DateTime(2026, 3, d)).Where(schedule.Matches);

        Assert.Equal([new DateTime(2026, 3, 1)], days);
    }

    [Fact]
    public void Parse_DayOfWeekRangeToSeven_IncludesSunday()
    {
        var schedule = CronSchedule.Parse("0 0 0 * * 5-7");
        var days = Enumerable.Range(1, 7).Select(d => new DateTime(2026, 3, d)).Where(schedule.Matches).Select(d => d.DayOfWeek);

        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Friday, DayOfWeek.Saturday], days);
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
}
