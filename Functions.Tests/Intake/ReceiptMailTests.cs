using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The receipt to the customer and the new-case notice to the complaint desk, through the mail outbox.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReceiptMailTests : AppTest
{
    [Fact]
    public async Task Receipt_ChineseComplaint_IsInChineseWithTheDatesAndAWorkingTrackingLink()
    {
        var receipt = await SubmitAsync(IntakeSamples.Complaint());

        var mail = Assert.Single(await App.SendMailAsync(), m => m.To.Single().Address == "zhang.wei@example.com");

        Assert.Equal("zh-CN", mail.Language);
        Assert.Contains(receipt.Number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("我们已收到", mail.Subject + mail.Text, StringComparison.Ordinal);
        Assert.Contains("首次答复", mail.Text, StringComparison.Ordinal);
        Assert.Contains(receipt.TrackingUrl, mail.Text, StringComparison.Ordinal);
        Assert.Contains(receipt.TrackingUrl, mail.Html, StringComparison.Ordinal);
        var tracking = await App.Anonymous().GetAsync(new Uri(receipt.TrackingUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, tracking.StatusCode);
        Assert.Contains(receipt.Number, await tracking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCaseNotice_GoesToEachActiveMemberOfTheComplaintDeskInTheirLanguage()
    {
        await App.AddStaffAsync("li.na", "service", "zh-CN");
        await App.AddStaffAsync("emma", "service", "en");
        await App.AddStaffAsync("wang.wei", "quality", "zh-CN");
        var receipt = await SubmitAsync(IntakeSamples.Complaint());

        var notices = (await App.SendMailAsync()).Where(m => m.To.Single().Address.EndsWith("@example.com", StringComparison.Ordinal) && m.To.Single().Address != "zhang.wei@example.com").ToList();

        Assert.Equal(["emma@example.com", "li.na@example.com"], notices.Select(m => m.To.Single().Address).Order());
        var english = notices.Single(m => m.To.Single().Address == "emma@example.com");
        Assert.Equal("en", english.Language);
        Assert.Contains(receipt.Number, english.Subject, StringComparison.Ordinal);
        Assert.Contains($"/console/#/cases/{receipt.Number}", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_SameRequestQueuedTwice_SendsOneMail()
    {
        await SubmitAsync(IntakeSamples.Complaint());
        var queue = App.Get<IQueueServiceClient>().GetQueueClient(App.Get<StorageNames>().Queue(QueueSettingNames.MailOutbox));
        var queued = await queue.PeekMessagesAsync(32);
        await queue.SendMessageAsync(queued.Single(m => m.MessageText.Contains("receipt", StringComparison.Ordinal)).MessageText);

        var mails = await App.SendMailAsync();

        Assert.Single(mails, m => m.To.Single().Address == "zhang.wei@example.com");
        Assert.Equal(MailLogState.Sent, await App.Get<MailLog>().StateAsync(JsonDocument.Parse(queued[0].MessageText).RootElement.GetProperty("mailId").GetString()!, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_MailServerDown_KeepsTheMessageForTheNextAttempt()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Mail:Sender"] = "Smtp",
            ["Mail:FromAddress"] = "feedback@example.com",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseStartTls"] = "false",
            ["Mail:Smtp:TimeoutSeconds"] = "5",
        });
        (await app.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).EnsureSuccessStatusCode();
        var queue = app.Get<IQueueServiceClient>().GetQueueClient(app.Get<StorageNames>().Queue(QueueSettingNames.MailOutbox));
        var queued = await queue.GetApproximateMessageCountAsync();

        await app.DrainAsync("MailOutbox");

        Assert.Equal(queued, await queue.GetApproximateMessageCountAsync());
        Assert.Empty(app.Get<IOutboxReader>().List());
    }

    private async Task<(string Number, string TrackingUrl)> SubmitAsync(System.Text.Json.Nodes.JsonObject body)
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/intake", body);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (receipt.GetProperty("caseNumber").GetString()!, receipt.GetProperty("trackingUrl").GetString()!);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
