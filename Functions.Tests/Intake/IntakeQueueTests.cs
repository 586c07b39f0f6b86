using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The intake queue: complaints staff registered by phone, letter or visit, and integrations.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class IntakeQueueTests : AppTest
{
    [Fact]
    public async Task Drain_PhoneComplaintRegisteredByStaff_IsACaseWithChannelFirstReceiverAndReceivedTime()
    {
        await App.AddStaffAsync("li.na", "service");
        await SendAsync("""
            {"kind":"complaint","channel":"phone","receivedAt":"2026-03-02T08:40:00+08:00","firstReceiver":"li.na@example.com",
             "name":"王芳","email":"wang.fang@example.com","phone":"138 0000 1234","language":"zh-CN","description":"电话反映：包装破损 3 箱。","consent":true}
            """);

        await App.DrainAsync("IntakeQueue");
        await App.SettleAsync();

        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        var created = (await App.Get<CaseStore>().GetAsync(Assert.Single(cases).Number, CancellationToken.None))!.Case;
        Assert.Equal(Channel.Phone, created.Channel);
        Assert.Equal("li.na", created.Assignment.FirstReceiverId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 40, 0, TimeSpan.FromHours(8)), created.ReceivedAt);
        Assert.Equal(0, await Queue().GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Drain_FirstReceiverNotInTheDirectory_LeavesTheMessageForRetryAndStoresNothing()
    {
        var before = await StorageSnapshot.TakeAsync(App);
        await SendAsync("""{"kind":"complaint","channel":"letter","firstReceiver":"nobody@example.com","name":"A","email":"a@example.com","language":"en","description":"Letter.","consent":true}""");

        await App.DrainAsync("IntakeQueue");

        var after = await StorageSnapshot.TakeAsync(App);
        Assert.Equal(before[$"table {CaseRows.TableName}"], after[$"table {CaseRows.TableName}"]);
        Assert.Equal(1, await Queue().GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Drain_WebChannelOnTheQueue_IsRefused()
    {
        await SendAsync("""{"kind":"complaint","channel":"web","name":"A","email":"a@example.com","language":"en","description":"x","consent":true}""");

        await App.DrainAsync("IntakeQueue");

        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Empty(cases);
    }

    private IQueueClient Queue() => App.Get<IQueueServiceClient>().GetQueueClient(App.Get<StorageNames>().Queue(QueueSettingNames.Intake));

    private async Task SendAsync(string message) => await Queue().SendMessageAsync(message.ReplaceLineEndings(" "));
}
