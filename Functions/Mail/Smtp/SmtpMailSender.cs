using System.Net;
using System.Net.Mail;
using System.Security.Authentication;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Configuration;
using Serverless.Feedback.Mail.Mime;

namespace Serverless.Feedback.Mail.Smtp;

/// <summary>
/// Sends through an SMTP server (a company server, or the ACS SMTP relay) with System.Net.Mail.
/// SMTP cannot recognise a repeat: if the server accepted the mail but the answer was lost, a retry
/// delivers it twice. The caller records what was sent; the stable Message-ID at least lets mail
/// programs and servers that de-duplicate by it do so.
/// </summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, TimeProvider time, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var from = MailValidator.Validate(mail, settings.DefaultFrom);
        using var message = SmtpMessageFactory.Create(mail, from);
        var messageId = MimeMessageWriter.MessageId(mail, from);
        var timeout = TimeSpan.FromSeconds(smtp.TimeoutSeconds);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.UseStartTls,
            Timeout = (int)timeout.TotalMilliseconds,
            UseDefaultCredentials = false,
            Credentials = string.IsNullOrWhiteSpace(smtp.UserName) ? null : new NetworkCredential(smtp.UserName, smtp.Password),
        };

        // SmtpClient.Timeout covers only synchronous sends; the asynchronous one needs its own limit.
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await client.SendMailAsync(message, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MailSendException($"The SMTP server {smtp.Host}:{smtp.Port} did not take mail {mail.MailId} within {smtp.TimeoutSeconds} s.", "Timeout");
        }
        catch (SmtpException exception)
        {
            throw new MailSendException($"The SMTP server {smtp.Host}:{smtp.Port} refused mail {mail.MailId}: {exception.Message}", ((int)exception.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), exception);
        }
        catch (Exception exception) when (exception is IOException or AuthenticationException or System.Net.Sockets.SocketException)
        {
            throw new MailSendException($"Mail {mail.MailId} could not be sent to the SMTP server {smtp.Host}:{smtp.Port}: {exception.Message}", null, exception);
        }

        logger.LogInformation("Sent {MailId} via SMTP {Host} as {MessageId}", mail.MailId, smtp.Host, messageId);
        return new MailSendResult(mail.MailId, messageId);
    }
}
