using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Notifications;

/// <summary>
/// The outbox sends a mail once even when storage fails right after the mail server took it (Azurite on disk,
/// stopped during the send and started again): the intent recorded before the send stops a second delivery.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class MailOutboxSendOnceTests : IAsyncLifetime
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "azurite-outbox-" + Guid.NewGuid().ToString("N"));
    private readonly CountingSender _sender = new();
    private Azurite _azurite = null!;
    private FeedbackApp _app = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync(_location);
        _app = await FeedbackApp.StartAsync(
            azurite: _azurite,
            settings: new Dictionary<string, string?> { ["Storage:MaxRetries"] = "1", ["Storage:RetryDelay"] = "00:00:00.050" },
            services: s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(_sender)));
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Send_StorageFailsAfterTheServerTookTheMail_RetryDoesNotSendAgain()
    {
        var message = await ReceiptMessageAsync();
        _sender.AfterSend = async mailId =>
        {
            // The intent row must be on disk before storage goes, as it would be in Azure.
            await _azurite.WaitUntilSavedAsync(mailId, "sending");
            await _azurite.StopAsync();
        };

        await Assert.ThrowsAnyAsync<Exception>(() => Outbox().RunAsync(message, CancellationToken.None));
        _sender.AfterSend = null;
        await _azurite.RestartAsync();
        await Outbox().RunAsync(message, CancellationToken.None);

        Assert.Equal(1, _sender.Delivered);
        Assert.Equal(MailLogState.Sent, await _app.Get<MailLog>().StateAsync(_sender.LastMailId!, CancellationToken.None));
    }

    [Fact]
    public async Task Send_ServerRefusedTheFirstTime_RetrySends()
    {
        var message = await ReceiptMessageAsync();
        _sender.RefuseNext = true;

        await Assert.ThrowsAsync<MailSendException>(() => Outbox().RunAsync(message, CancellationToken.None));
        await Outbox().RunAsync(message, CancellationToken.None);
        await Outbox().RunAsync(message, CancellationToken.None);

        Assert.Equal(1, _sender.Delivered);
        Assert.Equal(2, _sender.Attempts);
    }

    private MailOutboxFunction Outbox() => ActivatorUtilities.CreateInstance<MailOutboxFunction>(_app.Services);

    /// <summary>The receipt of a new complaint, as the outbox queue holds it.</summary>
    private async Task<Azure.Storage.Queues.Models.QueueMessage> ReceiptMessageAsync()
    {
        (await _app.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).EnsureSuccessStatusCode();
        await _app.SettleAsync();
        var queue = _app.Get<IQueueServiceClient>().GetQueueClient(_app.Get<StorageNames>().Queue(QueueSettingNames.MailOutbox));
        var receipt = (await queue.PeekMessagesAsync(32)).First(m => m.MessageText.Contains("\"receipt\"", StringComparison.Ordinal));
        return Azure.Storage.Queues.Models.QueuesModelFactory.QueueMessage(receipt.MessageId, "pop", receipt.MessageText, 1);
    }

    /// <summary>A mail server that cannot recognise a repeat, as SMTP cannot.</summary>
    private sealed class CountingSender : IMailSender
    {
        public int Delivered { get; private set; }

        public int Attempts { get; private set; }

        public string? LastMailId { get; private set; }

        public bool RefuseNext { get; set; }

        public Func<string, Task>? AfterSend { get; set; }

        public bool RepeatsSafely => false;

        public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            Attempts++;
            if (RefuseNext)
            {
                RefuseNext = false;
                throw new MailSendException("The server is busy.", "421");
            }

            Delivered++;
            LastMailId = mail.MailId;
            if (AfterSend is { } after)
            {
                await after(mail.MailId);
            }

            return new MailSendResult(mail.MailId, "accepted");
        }
    }
}
