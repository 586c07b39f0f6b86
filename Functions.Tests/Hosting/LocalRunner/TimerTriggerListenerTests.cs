using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Hosting.LocalRunner.Cron;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tests.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TimerTriggerListenerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 2, 0, TimeSpan.Zero);
    private readonly TestFunctionLayout _layout = new("unused");
    private readonly FakeTimeProvider _clock = new(Start);

    public void Dispose() => _layout.Dispose();

    [Fact]
    public async Task Tick_BeforeAndAtTheNextOccurrence_FiresOnlyWhenDue()
    {
        var statuses = await StatusesAsync();
        var listener = Listener(statuses);
        await listener.StartAsync(CancellationToken.None);

        var early = await listener.TickAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var due = await listener.TickAsync(CancellationToken.None);

        Assert.False(early);
        Assert.True(due);
        Assert.Equal(["tick:False"], _layout.Calls.All);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 10, 0, TimeSpan.Zero), listener.NextDue);
        var stored = await statuses.GetAsync("Tick", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 10, 0, TimeSpan.Zero), stored!.Next);
    }

    [Fact]
    public async Task Start_AfterMissingAnOccurrenceWhileStopped_RunsOnceAsPastDue()
    {
        var statuses = await StatusesAsync();
        await Listener(statuses).StartAsync(CancellationToken.None);

        // The app is down from 01:02 to 01:20: the 01:05, 01:10 and 01:15 runs are missed.
        _clock.Advance(TimeSpan.FromMinutes(18));
        var restarted = Listener(statuses);
        await restarted.StartAsync(CancellationToken.None);

        Assert.Equal(["tick:True"], _layout.Calls.All);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 25, 0, TimeSpan.Zero), restarted.NextDue);
    }

    [Fact]
    public async Task RunNow_AnyTime_FiresImmediatelyAndKeepsTheSchedule()
    {
        var listener = Listener(await StatusesAsync());
        await listener.StartAsync(CancellationToken.None);

        await listener.RunNowAsync(CancellationToken.None);

        Assert.Equal(["tick:False"], _layout.Calls.All);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 5, 0, TimeSpan.Zero), listener.NextDue);
    }

    private static async Task<TimerStatusStore> StatusesAsync()
    {
        var azurite = await Azurite.Shared;
        var tables = StorageTestAccount.Clients(azurite).Tables();
        var prefix = Azurite.UniqueName("t");
        var names = new StorageNames(new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Prefix", prefix)]).Build());
        await tables.GetTableClient(names.Table(TimerStatusStore.TableName)).CreateIfNotExistsAsync();
        return new TimerStatusStore(tables, names);
    }

    private TimerTriggerListener Listener(TimerStatusStore statuses) => new(
        _layout.Function("Tick"),
        CronSchedule.Parse("0 */5 * * * *"),
        TimeZoneInfo.Utc,
        statuses,
        _layout.Invoker,
        _clock,
        NullLogger.Instance);
}
