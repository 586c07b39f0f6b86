using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail.Configuration;

namespace Serverless.Feedback.Mail.Smtp;

/// <summary>
/// Sends through an SMTP server (a company server, or the ACS SMTP relay) with MailKit, one connection
/// per mail. The message is the one <see cref="MimeMessageFactory"/> builds, as the pickup folder stores it.
/// SMTP cannot recognise a repeat: if the server accepted the mail but the answer was lost, a retry
/// delivers it twice. The caller records what was sent; the stable Message-ID at least lets mail
/// programs and servers that de-duplicate by it do so.
/// </summary>
/// <param name="certificateValidation">
/// Null in the application (the system's trust store decides); tests pass one that trusts their own server.
/// </param>
internal sealed class SmtpMailSender(
    IOptions<MailOptions> options,
    MimeMessageFactory messages,
    TimeProvider time,
    ILogger<SmtpMailSender> logger,
    RemoteCertificateValidationCallback? certificateValidation = null) : IMailSender
{
    /// <summary>A server that took the mail but whose answer was lost cannot be asked; a repeat would deliver twice.</summary>
    public bool RepeatsSafely => false;

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var host = smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set.");
        var from = MailValidator.Validate(mail, settings.DefaultFrom);
        using var message = messages.Create(mail, from);
        var messageId = MimeMessageFactory.MessageId(mail, from);
        var timeout = TimeSpan.FromSeconds(smtp.TimeoutSeconds);

        // MailKit's Timeout bounds each network read and write on the real clock; the deadline bounds the
        // whole conversation on the injected one, so a server that trickles answers cannot hold a send longer.
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        if (certificateValidation is not null)
        {
            client.ServerCertificateValidationCallback = certificateValidation;
        }

        try
        {
            await client.ConnectAsync(host, smtp.Port, Security(smtp), linked.Token);
            if (!string.IsNullOrWhiteSpace(smtp.UserName))
            {
                await client.AuthenticateAsync(new NetworkCredential(smtp.UserName, smtp.Password), linked.Token);
            }

            var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).ToList();
            await client.SendAsync(MimeMessageFactory.Format, message, message.From.Mailboxes.Single(), recipients, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MailSendException($"The SMTP server {smtp.Host}:{smtp.Port} did not take mail {mail.MailId} within {smtp.TimeoutSeconds} s.", "Timeout");
        }
        catch (SmtpCommandException exception)
        {
            throw new MailSendException($"The SMTP server {smtp.Host}:{smtp.Port} refused mail {mail.MailId}: {exception.Message}", Status(exception.StatusCode), exception);
        }
        catch (AuthenticationException exception)
        {
            throw new MailSendException($"The SMTP server {smtp.Host}:{smtp.Port} did not accept the login for mail {mail.MailId}: {exception.Message}", AuthenticationStatus(exception), exception);
        }
        catch (Exception exception) when (exception is ProtocolException or SslHandshakeException or NotSupportedException or IOException or SocketException or TimeoutException)
        {
            // NotSupportedException: the server lacks STARTTLS (when it is required) or AUTH (when a login is configured).
            throw new MailSendException($"Mail {mail.MailId} could not be sent to the SMTP server {smtp.Host}:{smtp.Port}: {exception.Message}", exception is TimeoutException ? "Timeout" : null, exception);
        }

        await DisconnectAsync(client, mail.MailId, linked.Token);
        logger.LogInformation("Sent {MailId} via SMTP {Host} as {MessageId}", mail.MailId, smtp.Host, messageId);
        return new MailSendResult(mail.MailId, messageId);
    }

    /// <summary>
    /// <c>UseStartTls</c> makes TLS a requirement: a server that does not offer it gets nothing. Without it
    /// the connection stays plain even where the server offers STARTTLS, as the setting says, so a
    /// relay with a certificate this machine does not trust keeps working as configured.
    /// </summary>
    private static SecureSocketOptions Security(SmtpMailOptions smtp) =>
        smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;

    /// <summary>The server has the mail once it answered DATA; a failing QUIT must not turn that into a retry (and a second copy).</summary>
    private async Task DisconnectAsync(SmtpClient client, string mailId, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ProtocolException or IOException or SocketException or TimeoutException)
        {
            logger.LogWarning(exception, "Mail {MailId} was accepted, but the SMTP connection did not close cleanly", mailId);
        }
    }

    private static string Status(SmtpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

    private static string? AuthenticationStatus(AuthenticationException exception) =>
        exception.InnerException is SmtpCommandException command ? Status(command.StatusCode) : null;
}
