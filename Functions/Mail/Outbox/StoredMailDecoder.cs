using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace Serverless.Feedback.Mail.Outbox;

/// <summary>
/// Turns a stored .eml into a <see cref="DecodedMail"/> with MimeKit's parser: the first text and HTML
/// parts are the bodies, named or "attachment" parts are files.
/// </summary>
internal static class StoredMailDecoder
{
    public static DecodedMail Decode(ReadOnlyMemory<byte> eml)
    {
        using var message = MimeMessage.Load(new MemoryStream(eml.ToArray(), writable: false));
        string? text = null;
        string? html = null;
        var attachments = new List<DecodedAttachment>();
        foreach (var entity in message.BodyParts)
        {
            if (entity is not MimePart part)
            {
                // An attached message (message/rfc822) is a file like any other here.
                attachments.Add(new DecodedAttachment(entity.ContentDisposition?.FileName ?? entity.ContentType.Name ?? "attachment", entity.ContentType.MimeType.ToLowerInvariant(), Written(entity)));
                continue;
            }

            var type = part.ContentType.MimeType.ToLowerInvariant();
            var fileName = part.FileName;
            var isAttachment = part.IsAttachment || (fileName is not null && !type.StartsWith("text/", StringComparison.Ordinal));
            if (!isAttachment && part is TextPart { IsPlain: true } plain && text is null)
            {
                text = Text(plain);
            }
            else if (!isAttachment && part is TextPart { IsHtml: true } markup && html is null)
            {
                html = Text(markup);
            }
            else
            {
                attachments.Add(new DecodedAttachment(fileName ?? "attachment", type, Content(part)));
            }
        }

        return new DecodedMail(
            message.Headers[HeaderId.MessageId]?.Trim(),
            message.Subject ?? string.Empty,
            Addressees(message.From),
            Addressees(message.To),
            Addressees(message.Cc),
            Addressees(message.ReplyTo),
            message.Headers[HeaderId.Date] is { } date && DateUtils.TryParse(date, out var parsed) ? parsed : null,
            (message.Headers[HeaderId.ContentLanguage] ?? message.Body?.Headers[HeaderId.ContentLanguage])?.Trim(),
            text,
            html,
            attachments);
    }

    private static List<MailAddressee> Addressees(InternetAddressList list) =>
        list.Mailboxes.Select(m => new MailAddressee(m.Address, string.IsNullOrEmpty(m.Name) ? null : m.Name)).ToList();

    /// <summary>
    /// The text with its line ends as sent (TextPart.Text would turn them into this machine's). An unknown
    /// or missing charset reads as UTF-8, and so does a US-ASCII label, which rescues mislabelled 8-bit text.
    /// </summary>
    private static string Text(TextPart part)
    {
        if (!part.TryDetectEncoding(out var encoding, out _) || encoding.CodePage == Encoding.ASCII.CodePage)
        {
            encoding = Encoding.UTF8;
        }

        return encoding.GetString(Content(part));
    }

    private static byte[] Written(MimeEntity entity)
    {
        using var content = new MemoryStream();
        if (entity is MessagePart { Message: { } attached })
        {
            attached.WriteTo(MimeMessageFactory.Format, content);
        }

        return content.ToArray();
    }

    private static byte[] Content(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return content.ToArray();
    }
}
