using Serverless.Feedback.Hosting.LocalRunner.Cron;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner.Cron;

public sealed class CronScheduleNextOccurrenceTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2026-03-02T10:02:30Z", "2026-03-02T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-03-02T10:05:00Z", "2026-03-02T10:10:00Z")]
    [InlineData("0 0 * * * *", "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z")]
    [InlineData("0 0 */2 * * *", "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z")]
    [InlineData("0 0 */2 * * *", "2026-03-02T12:00:00Z", "2026-03-02T14:00:00Z")]
    [InlineData("0 0 9-17 * * *", "2026-03-02T17:00:00Z", "2026-03-03T09:00:00Z")]
    [InlineData("0 30 9 * * *", "2026-03-02T09:30:00Z", "2026-03-03T09:30:00Z")]
    [InlineData("0 30 9 * * 1-5", "2026-03-06T10:00:00Z", "2026-03-09T09:30:00Z")]
    [InlineData("0 30 9 * Jan Mon", "2026-03-02T00:00:00Z", "2027-01-04T09:30:00Z")]
    [InlineData("0 0 8 1 * *", "2026-03-02T00:00:00Z", "2026-04-01T08:00:00Z")]
    [InlineData("*/15 * * * * *", "2026-03-02T10:00:14.9Z", "2026-03-02T10:00:15Z")]
    [InlineData("*/15 * * * * *", "2026-03-02T23:59:59Z", "2026-03-03T00:00:00Z")]
    [InlineData("0 0 0 1 1 *", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 12 31 * *", "2026-04-01T00:00:00Z", "2026-05-31T12:00:00Z")]
    public void GetNextOccurrence_Utc_StrictlyAfterAndMatching(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(DateTimeOffset.Parse(after), TimeZoneInfo.Utc);

        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Fact]
    public void GetNextOccurrence_DayAndDayOfWeekRestricted_BothMustMatchAsInNCrontab()
    {
        var next = CronSchedule.Parse("0 0 9 1 * MON").GetNextOccurrence(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void GetNextOccurrence_ImpossibleDate_Null()
    {
        var next = CronSchedule.Parse("0 0 0 30 2 *").GetNextOccurrence(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Null(next);
    }

    [Fact]
    public void GetNextOccurrence_RareButPossible_NullBeyondFiveYears()
    {
        // 29 February on a Monday: 2044 is the next after 2026.
        var next = CronSchedule.Parse("0 0 0 29 2 MON").GetNextOccurrence(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Null(next);
    }

    [Fact]
    public void GetNextOccurrence_ZoneWallClock_ResultCarriesZoneOffset()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var next = CronSchedule.Parse("0 30 9 * * 1-5").GetNextOccurrence(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero), shanghai);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.FromHours(8)), next);
        Assert.Equal(TimeSpan.FromHours(8), next!.Value.Offset);
    }

    [Fact]
    public void GetNextOccurrence_AfterGivenInOtherOffset_SameInstantCounts()
    {
        var after = new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.FromHours(8)); // 10:00 UTC

        var next = CronSchedule.Parse("0 0 * * * *").GetNextOccurrence(after, TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void GetOccurrences_ExcludesFromIncludesTo()
    {
        var from = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var occurrences = CronSchedule.Parse("0 0 * * * *").GetOccurrences(from, from.AddHours(3), TimeZoneInfo.Utc);

        Assert.Equal([from.AddHours(1), from.AddHours(2), from.AddHours(3)], occurrences);
    }

    [Fact]
    public void GetOccurrences_WeekdayMornings_FiveAWeek()
    {
        var from = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var occurrences = CronSchedule.Parse("0 30 9 * * 1-5").GetOccurrences(from, from.AddDays(28), TimeZoneInfo.Utc).ToList();

        Assert.Equal(20, occurrences.Count);
        Assert.All(occurrences, o => Assert.InRange((int)o.DayOfWeek, 1, 5));
    }
}
