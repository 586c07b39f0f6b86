using Serverless.Feedback.Hosting.LocalRunner.Cron;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner.Cron;

/// <summary>Europe/Berlin: 02:00 → 03:00 on 29 Mar 2026, 03:00 → 02:00 on 25 Oct 2026.</summary>
public sealed class CronScheduleDstTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);

    [Fact]
    public void SpringForward_SkippedTime_RunsWhenGapEnds()
    {
        var schedule = CronSchedule.Parse("0 30 2 * * *");

        var next = schedule.GetNextOccurrence(new DateTimeOffset(2026, 3, 28, 3, 0, 0, Cet), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, Cest), next);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 2, 30, 0, Cest), schedule.GetNextOccurrence(next!.Value, Berlin));
    }

    [Fact]
    public void SpringForward_SeveralSkippedTimes_RunOnce()
    {
        var from = new DateTimeOffset(2026, 3, 29, 1, 0, 0, Cet);

        var occurrences = CronSchedule.Parse("0 */30 * * * *").GetOccurrences(from, new DateTimeOffset(2026, 3, 29, 4, 0, 0, Cest), Berlin);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 29, 1, 30, 0, Cet),
                new DateTimeOffset(2026, 3, 29, 3, 0, 0, Cest),
                new DateTimeOffset(2026, 3, 29, 3, 30, 0, Cest),
                new DateTimeOffset(2026, 3, 29, 4, 0, 0, Cest),
            ],
            occurrences);
    }

    [Fact]
    public void FallBack_RepeatedTime_RunsOnceOnFirstPass()
    {
        var schedule = CronSchedule.Parse("0 30 2 * * *");

        var first = schedule.GetNextOccurrence(new DateTimeOffset(2026, 10, 25, 0, 0, 0, Cest), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, Cest), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 2, 30, 0, Cet), schedule.GetNextOccurrence(first!.Value, Berlin));
    }

    [Fact]
    public void FallBack_Hourly_SkipsSecondPassOfRepeatedHour()
    {
        var from = new DateTimeOffset(2026, 10, 25, 0, 0, 0, Cest);

        var occurrences = CronSchedule.Parse("0 0 * * * *").GetOccurrences(from, new DateTimeOffset(2026, 10, 25, 4, 0, 0, Cet), Berlin);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 25, 1, 0, 0, Cest),
                new DateTimeOffset(2026, 10, 25, 2, 0, 0, Cest),
                new DateTimeOffset(2026, 10, 25, 3, 0, 0, Cet),
                new DateTimeOffset(2026, 10, 25, 4, 0, 0, Cet),
            ],
            occurrences);
    }

    [Fact]
    public void FallBack_AfterInsideSecondPass_ContinuesAfterRepeatedHour()
    {
        var secondPass = new DateTimeOffset(2026, 10, 25, 2, 15, 0, Cet);

        var next = CronSchedule.Parse("0 45 * * * *").GetNextOccurrence(secondPass, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 3, 45, 0, Cet), next);
    }

    [Fact]
    public void NewYork_SpringForward_DailyJobInGapRunsAtThree()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var next = CronSchedule.Parse("0 15 2 * * *").GetNextOccurrence(new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5)), newYork);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 0, 0, TimeSpan.FromHours(-4)), next);
    }
}
