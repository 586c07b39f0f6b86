using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Configuration;

namespace Serverless.Feedback.Mail.Acs;

/// <summary>
/// Sends through the ACS Email REST API and waits until the service reports the outcome. The MailId
/// becomes the Operation-Id, so sending the same mail again (after a crash or a timeout here) is
/// recognised by the service instead of delivered twice.
/// </summary>
internal sealed class AcsEmailSender(AcsEmailClient client, IOptions<MailOptions> options, TimeProvider time, ILogger<AcsEmailSender> logger) : IMailSender
{
    /// <summary>Poll interval when the service gives no Retry-After.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(2);

    public bool RepeatsSafely => true;

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var from = MailValidator.Validate(mail, settings.DefaultFrom);
        var body = AcsEmailRequest.Serialize(mail, from);
        if (body.LongLength > settings.Acs.MaxMessageBytes)
        {
            throw new MailTooLargeException(body.LongLength, settings.Acs.MaxMessageBytes);
        }

        var timeout = TimeSpan.FromSeconds(settings.Acs.PollTimeoutSeconds);
        var started = time.GetUtcNow();
        var operation = await client.SendAsync(body, AcsOperationId.For(mail.MailId), cancellationToken);
        logger.LogInformation("Mail {MailId} accepted by ACS as operation {OperationId}", mail.MailId, operation.Id);
        while (!operation.Ended)
        {
            var remaining = timeout - (time.GetUtcNow() - started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new MailSendException(
                    $"ACS had not finished mail {mail.MailId} (operation {operation.Id}) after {timeout.TotalSeconds:0} s; last status {operation.Status ?? "unknown"}. Sending it again with the same MailId is safe.",
                    "PollTimeout");
            }

            var delay = operation.RetryAfter ?? DefaultPollInterval;
            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken);
            operation = await client.GetStatusAsync(operation, cancellationToken);
        }

        if (!operation.Succeeded)
        {
            throw new MailSendException(
                $"ACS reports mail {mail.MailId} (operation {operation.Id}) as {operation.Status}: {operation.Error?.Message ?? "no reason given"}",
                operation.Error?.Code ?? operation.Status);
        }

        logger.LogInformation("Sent {MailId} via ACS operation {OperationId}", mail.MailId, operation.Id);
        return new MailSendResult(mail.MailId, operation.Id);
    }
}
