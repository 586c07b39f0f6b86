using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Configuration;
using Serverless.Feedback.Mail.Outbox;

namespace Serverless.Feedback.Mail.Pickup;

/// <summary>
/// "Sends" by writing the complete MIME message to the pickup folder, where a person (or the outbox
/// page) can open it. Sending the same MailId again replaces its file, so a retry leaves one copy.
/// </summary>
internal sealed class PickupDirectoryMailSender(
    PickupDirectory directory,
    MimeMessageFactory messages,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<PickupDirectoryMailSender> logger) : IMailSender
{
    public bool RepeatsSafely => true;

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var from = MailValidator.Validate(mail, options.Value.DefaultFrom);
        using var message = messages.Create(mail, from);
        var bytes = await MimeMessageFactory.ToBytesAsync(message, cancellationToken);
        var fileName = await directory.WriteAsync(mail.MailId, bytes, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Sent {MailId} to the pickup folder as {FileName}", mail.MailId, fileName);
        return new MailSendResult(mail.MailId, fileName);
    }
}
