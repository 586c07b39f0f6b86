using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Serverless.Feedback.Mail;

/// <summary>
/// The one place an <see cref="OutgoingMail"/> becomes a MIME message: the pickup folder stores it and
/// SMTP sends it, so both carry the same headers and parts. Text and HTML are alternatives (HTML last,
/// as RFC 2046 wants the preferred one), files are attached in base64, and the message is prepared for
/// 7-bit transport, so any server relays it unchanged and a stored .eml is plain ASCII.
/// </summary>
internal sealed class MimeMessageFactory(TimeProvider time)
{
    /// <summary>How messages are written: CRLF line ends as on the wire, headers encoded (never raw UTF-8).</summary>
    public static FormatOptions Format { get; } = CreateFormat();

    /// <summary>
    /// Builds the message. <paramref name="from"/> is the sender that applies (the mail's own or the
    /// configured one), already validated by <see cref="MailValidator"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An address or media type is malformed (the validator refuses these first).</exception>
    public MimeMessage Create(OutgoingMail mail, MailAddressee from)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(from);
        var message = new MimeMessage();
        try
        {
            message.Date = time.GetUtcNow();
            message.MessageId = MessageIdValue(mail, from);
            message.From.Add(Mailbox(from));
            if (mail.ReplyTo is not null)
            {
                message.ReplyTo.Add(Mailbox(mail.ReplyTo));
            }

            message.To.AddRange(mail.To.Select(Mailbox));
            message.Cc.AddRange(mail.Cc.Select(Mailbox));
            message.Subject = mail.Subject;
            if (mail.InReplyTo is not null)
            {
                message.InReplyTo = mail.InReplyTo;
            }

            foreach (var reference in mail.References)
            {
                message.References.Add(reference);
            }

            if (mail.Language is not null)
            {
                message.Headers.Add(HeaderId.ContentLanguage, mail.Language);
            }

            message.Body = Body(mail);
            message.Prepare(EncodingConstraint.SevenBit);
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    /// <summary><c>&lt;MailId@from-domain&gt;</c>: the same mail always gets the same Message-ID, so receivers can spot a repeat.</summary>
    public static string MessageId(OutgoingMail mail, MailAddressee from) => $"<{MessageIdValue(mail, from)}>";

    /// <summary>The message as stored and sent: 7-bit ASCII with CRLF line ends.</summary>
    public static async Task<byte[]> ToBytesAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await message.WriteToAsync(Format, buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static string MessageIdValue(OutgoingMail mail, MailAddressee from) =>
        $"{mail.MailId}@{from.Address[(from.Address.LastIndexOf('@') + 1)..]}";

    private static MimeEntity Body(OutgoingMail mail)
    {
        MimeEntity content = Text(TextFormat.Plain, mail.TextBody);
        if (mail.HtmlBody is not null)
        {
            content = new MultipartAlternative { content, Text(TextFormat.Html, mail.HtmlBody) };
        }

        if (mail.Attachments.Count == 0)
        {
            return content;
        }

        var mixed = new Multipart("mixed") { content };
        foreach (var attachment in mail.Attachments)
        {
            mixed.Add(Attachment(attachment));
        }

        return mixed;
    }

    private static TextPart Text(TextFormat format, string text)
    {
        var part = new TextPart(format);

        // Text parts travel in canonical form: every line break is CRLF (RFC 2046 §4.1.1).
        part.SetText(Encoding.UTF8, ToCrlf(text));
        return part;
    }

    private static string ToCrlf(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);

    private static MimePart Attachment(MailAttachment attachment)
    {
        var part = new MimePart(MediaType(attachment.ContentType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Content.ToArray(), writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };

        // Content-Disposition carries the name as RFC 2231 prescribes; Content-Type's name parameter
        // repeats it as an encoded-word, the form mail programs without RFC 2231 read.
        part.ContentType.Parameters.Single(p => p.Name == "name").EncodingMethod = ParameterEncodingMethod.Rfc2047;

        // MimeKit's RFC 2231 writer can cut a character outside the BMP (an emoji) in two where it splits a
        // long name into sections; encoded-words keep such a name whole.
        if (attachment.FileName.Any(char.IsSurrogate))
        {
            part.ContentDisposition.Parameters.Single(p => p.Name == "filename").EncodingMethod = ParameterEncodingMethod.Rfc2047;
        }

        return part;
    }

    private static MailboxAddress Mailbox(MailAddressee addressee)
    {
        if (!MailboxSyntax.IsBareAddress(addressee.Address))
        {
            throw new ArgumentException($"'{addressee.Address}' is not a plain address.", nameof(addressee));
        }

        return new MailboxAddress(Encoding.UTF8, addressee.DisplayName ?? string.Empty, addressee.Address);
    }

    /// <summary>Only a bare <c>type/subtype</c> becomes a Content-Type, so the value can never carry parameters or another header.</summary>
    private static ContentType MediaType(string mediaType)
    {
        if (!ContentType.TryParse(mediaType, out var type) || !string.Equals(type.MimeType, mediaType, StringComparison.OrdinalIgnoreCase) || type.Parameters.Count > 0)
        {
            throw new ArgumentException($"'{mediaType}' is not a bare media type.", nameof(mediaType));
        }

        return type;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        format.International = false;
        return format;
    }
}
