using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// Writes an <see cref="OutgoingMail"/> as an RFC 5322 / MIME message: CRLF lines, every body part in
/// base64, multipart/alternative for text plus HTML, multipart/mixed around it when files are attached.
/// The whole message is 7-bit ASCII, so any transport can carry it unchanged.
/// </summary>
internal sealed class MimeMessageWriter(TimeProvider time, IMimeBoundaryGenerator boundaries)
{
    public byte[] Write(OutgoingMail mail, MailAddressee from)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(from);
        var output = new StringBuilder(EstimateLength(mail));
        WriteHeaders(output, mail, from);
        WriteBody(output, mail);

        // Defence in depth: everything above encodes non-ASCII; a slip must fail, not turn into '?'.
        var text = output.ToString();
        if (!System.Text.Ascii.IsValid(text))
        {
            throw new InvalidOperationException("The MIME writer produced a non-ASCII character.");
        }

        return Encoding.ASCII.GetBytes(text);
    }

    /// <summary><c>&lt;MailId@from-domain&gt;</c>: the same mail always gets the same Message-ID, so receivers can spot a repeat.</summary>
    public static string MessageId(OutgoingMail mail, MailAddressee from) =>
        $"<{mail.MailId}@{from.Address[(from.Address.LastIndexOf('@') + 1)..]}>";

    private void WriteHeaders(StringBuilder output, OutgoingMail mail, MailAddressee from)
    {
        Header(output, "Date", h => h.AppendWord(MimeDate.Format(time.GetUtcNow())));
        Header(output, "From", h => h.AppendAddressList([from]));
        if (mail.ReplyTo is not null)
        {
            Header(output, "Reply-To", h => h.AppendAddressList([mail.ReplyTo]));
        }

        Header(output, "To", h => h.AppendAddressList(mail.To));
        if (mail.Cc.Count > 0)
        {
            Header(output, "Cc", h => h.AppendAddressList(mail.Cc));
        }

        Header(output, "Message-ID", h => h.AppendWord(MessageId(mail, from)));
        Header(output, "Subject", h => h.AppendText(mail.Subject));
        if (mail.Language is not null)
        {
            Header(output, "Content-Language", h => h.AppendWord(mail.Language));
        }

        Header(output, "MIME-Version", h => h.AppendWord("1.0"));
    }

    private void WriteBody(StringBuilder output, OutgoingMail mail)
    {
        if (mail.Attachments.Count == 0)
        {
            WriteContent(output, mail);
            return;
        }

        var boundary = boundaries.NewBoundary();
        MultipartHeader(output, "multipart/mixed", boundary);
        output.Append("\r\n");
        output.Append("--").Append(boundary).Append("\r\n");
        WriteContent(output, mail);
        foreach (var attachment in mail.Attachments)
        {
            output.Append("\r\n--").Append(boundary).Append("\r\n");
            WriteAttachment(output, attachment);
        }

        output.Append("\r\n--").Append(boundary).Append("--\r\n");
    }

    /// <summary>The readable part: text alone, or text and HTML as alternatives (RFC 2046 puts the preferred one, HTML, last).</summary>
    private void WriteContent(StringBuilder output, OutgoingMail mail)
    {
        if (mail.HtmlBody is null)
        {
            WriteTextPart(output, "text/plain", mail.TextBody);
            return;
        }

        var boundary = boundaries.NewBoundary();
        MultipartHeader(output, "multipart/alternative", boundary);
        output.Append("\r\n");
        output.Append("--").Append(boundary).Append("\r\n");
        WriteTextPart(output, "text/plain", mail.TextBody);
        output.Append("\r\n--").Append(boundary).Append("\r\n");
        WriteTextPart(output, "text/html", mail.HtmlBody);
        output.Append("\r\n--").Append(boundary).Append("--\r\n");
    }

    private static void WriteTextPart(StringBuilder output, string mediaType, string text)
    {
        Header(output, "Content-Type", h =>
        {
            h.AppendWord(mediaType);
            h.AppendParameter("charset=utf-8");
        });
        Header(output, "Content-Transfer-Encoding", h => h.AppendWord("base64"));
        output.Append("\r\n");

        // Text parts travel in canonical form: every line break is CRLF (RFC 2046 §4.1.1).
        TransferEncodings.AppendBase64Lines(output, Encoding.UTF8.GetBytes(ToCrlf(text)));
    }

    private static void WriteAttachment(StringBuilder output, MailAttachment attachment)
    {
        var fallbackName = FallbackParameter(attachment.FileName);
        Header(output, "Content-Type", h =>
        {
            h.AppendWord(attachment.ContentType);
            h.AppendParameter("name=" + fallbackName);
        });
        Header(output, "Content-Disposition", h =>
        {
            h.AppendWord("attachment");
            if (IsPlainParameter(attachment.FileName))
            {
                h.AppendParameter("filename=" + fallbackName);
                return;
            }

            foreach (var segment in Rfc2231.Encode("filename", attachment.FileName))
            {
                h.AppendParameter(segment);
            }

            // Readers without RFC 2231 take the plain parameter; those with it prefer filename*.
            h.AppendParameter("filename=" + fallbackName);
        });
        Header(output, "Content-Transfer-Encoding", h => h.AppendWord("base64"));
        output.Append("\r\n");
        TransferEncodings.AppendBase64Lines(output, attachment.Content.Span);
    }

    /// <summary>
    /// A quoted value: the name itself when it is short printable ASCII, otherwise one encoded-word (the
    /// de-facto form most mail programs read); long names are shortened here because filename* carries the full one.
    /// </summary>
    private static string FallbackParameter(string fileName)
    {
        if (IsPlainParameter(fileName))
        {
            return HeaderFolder.Quote(fileName);
        }

        var words = EncodedWords.Encode(fileName, EncodedWords.MaxWordLength - 10, EncodedWords.MaxWordLength - 10);
        if (words.Count > 1)
        {
            words = EncodedWords.Encode(Shorten(fileName), EncodedWords.MaxWordLength - 10, EncodedWords.MaxWordLength - 10);
        }

        return "\"" + words[0] + "\"";
    }

    private static string Shorten(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var stem = fileName[..^extension.Length];
        while (EncodedWords.Encode(stem + "…" + extension, EncodedWords.MaxWordLength - 10, EncodedWords.MaxWordLength - 10).Count > 1)
        {
            stem = stem[..^(char.IsLowSurrogate(stem[^1]) && stem.Length > 1 ? 2 : 1)];
        }

        return stem + "…" + extension;
    }

    private static bool IsPlainParameter(string value) =>
        value.Length <= 60 && value.All(c => c is >= ' ' and <= '~') && !value.Contains("=?", StringComparison.Ordinal);

    private static void MultipartHeader(StringBuilder output, string mediaType, string boundary) =>
        Header(output, "Content-Type", h =>
        {
            h.AppendWord(mediaType);
            h.AppendParameter("boundary=" + HeaderFolder.Quote(boundary));
        });

    private static void Header(StringBuilder output, string name, Action<HeaderFolder> write)
    {
        var folder = new HeaderFolder(output, name);
        write(folder);
        folder.End();
    }

    private static string ToCrlf(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);

    private static int EstimateLength(OutgoingMail mail) =>
        (int)Math.Min(int.MaxValue / 2, 2048 + (mail.TextBody.Length * 3L) + ((mail.HtmlBody?.Length ?? 0) * 3L)
            + mail.Attachments.Sum(a => (a.Content.Length * 138L / 100) + 512));
}
