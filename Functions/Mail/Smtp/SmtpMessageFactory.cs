using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Serverless.Feedback.Mail.Mime;

namespace Serverless.Feedback.Mail.Smtp;

/// <summary>Builds the System.Net.Mail message equivalent to an <see cref="OutgoingMail"/>.</summary>
internal static class SmtpMessageFactory
{
    public static MailMessage Create(OutgoingMail mail, MailAddressee from)
    {
        var message = new MailMessage
        {
            From = Address(from),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        try
        {
            foreach (var to in mail.To)
            {
                message.To.Add(Address(to));
            }

            foreach (var cc in mail.Cc)
            {
                message.CC.Add(Address(cc));
            }

            if (mail.ReplyTo is not null)
            {
                message.ReplyToList.Add(Address(mail.ReplyTo));
            }

            // System.Net.Mail always writes its own Date from the machine clock; the Message-ID it leaves alone.
            message.Headers["Message-ID"] = MimeMessageWriter.MessageId(mail, from);
            if (mail.Language is not null)
            {
                message.Headers["Content-Language"] = mail.Language;
            }

            if (mail.HtmlBody is not null)
            {
                var html = AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
                html.TransferEncoding = TransferEncoding.Base64;
                message.AlternateViews.Add(html);
            }

            foreach (var attachment in mail.Attachments)
            {
                message.Attachments.Add(Attachment(attachment));
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static Attachment Attachment(MailAttachment source)
    {
        var attachment = new Attachment(new MemoryStream(source.Content.ToArray(), writable: false), new ContentType(source.ContentType))
        {
            Name = source.FileName,
            NameEncoding = Encoding.UTF8,
            TransferEncoding = TransferEncoding.Base64,
        };
        attachment.ContentDisposition!.FileName = source.FileName;
        attachment.ContentDisposition.Inline = false;
        return attachment;
    }

    /// <summary>
    /// System.Net.Mail wraps an ASCII display name in quotes without escaping what is inside, so a name
    /// with '"' or '\' would come out malformed; escaping it first gives a correct quoted-string.
    /// Non-ASCII names it writes as encoded-words, which need no escaping.
    /// </summary>
    private static MailAddress Address(MailAddressee addressee)
    {
        var name = addressee.DisplayName ?? string.Empty;
        if (System.Text.Ascii.IsValid(name))
        {
            name = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        }

        return new MailAddress(addressee.Address, name, Encoding.UTF8);
    }
}
