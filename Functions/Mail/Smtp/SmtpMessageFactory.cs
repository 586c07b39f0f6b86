using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Serverless.Feedback.Mail.Mime;

namespace Serverless.Feedback.Mail.Smtp;

/// <summary>Builds the System.Net.Mail message equivalent to an <see cref="OutgoingMail"/>.</summary>
internal static class SmtpMessageFactory
{
    public static MailMessage Create(OutgoingMail mail, MailAddressee from, DateTimeOffset now)
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

            // Set here so the header carries the injected clock and the stable id, not the library's own.
            message.Headers["Date"] = MimeDate.Format(now);
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

    private static MailAddress Address(MailAddressee addressee) =>
        new(addressee.Address, addressee.DisplayName ?? string.Empty, Encoding.UTF8);
}
