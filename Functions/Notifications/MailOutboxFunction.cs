using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Notifications;

/// <summary>
/// Sends one queued mail. A failing mail server fails the invocation, so the message is retried and
/// finally kept in <c>mail-outbox-poison</c>: nothing is lost. The mail log makes a retry send nothing twice: the
/// intent is recorded before the send, so when storage fails between the send and its record, a retry through a
/// transport that cannot recognise a repeat (SMTP) does not send again (docs/adr/0021).
/// </summary>
internal sealed class MailOutboxFunction(
    IEnumerable<IMailComposer> composers,
    MailRenderer renderer,
    IMailSender sender,
    MailLog log,
    FeedbackMetrics metrics,
    ILogger<MailOutboxFunction> logger)
{
    public const string Name = "MailOutbox";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger("%MailOutboxQueue%", Connection = "Storage")] QueueMessage message, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<MailRequest>(message.Body.ToString(), CaseJson.Options)
            ?? throw new InvalidOperationException("The outbox message is empty.");
        switch (await log.StateAsync(request.MailId, cancellationToken))
        {
            case MailLogState.Sent:
                logger.LogInformation("Mail {MailId} was already sent; nothing to do", request.MailId);
                return;
            case MailLogState.Sending when !sender.RepeatsSafely:
                logger.LogWarning("Mail {MailId} was handed to the mail server but its outcome was not recorded; it is not sent again", request.MailId);
                await log.RecordAsync(request, "outcome-unknown", cancellationToken);
                return;
        }

        var composer = composers.FirstOrDefault(c => c.Knows(request.Template))
            ?? throw new InvalidOperationException($"No template is called '{request.Template}'.");
        if (await composer.ComposeAsync(request, cancellationToken) is not { } composed)
        {
            logger.LogWarning("Mail {MailId} ({Template}) has nothing left to say; dropped", request.MailId, request.Template);
            return;
        }

        var (text, html) = await renderer.RenderAsync(composed.Document);
        var mail = MailThread.Apply(new OutgoingMail
        {
            MailId = request.MailId,
            To = [new MailAddressee(request.Recipient.Address, request.Recipient.Name)],
            Subject = composed.Document.Subject,
            TextBody = text,
            HtmlBody = html,
            Attachments = composed.Attachments,
            Language = request.Recipient.Language,
        }, request);
        await log.BeginAsync(request, cancellationToken);
        MailSendResult result;
        try
        {
            result = await sender.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.MailFailed(request.Template);
            if (e is InvalidMailException or MailTooLargeException or MailSendException)
            {
                // The transport said no: nothing went out, so the retry may send.
                await log.FailedAsync(request, CancellationToken.None);
            }

            throw;
        }

        metrics.MailSent(request.Template);
        await log.RecordAsync(request, result.ProviderMessageId, cancellationToken);
        logger.LogInformation("Sent {Template} {MailId} to {Recipient}", request.Template, request.MailId, request.Recipient.StaffId ?? "the customer");
    }
}
