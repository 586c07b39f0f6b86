using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;
using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Intake.Mailbox;

/// <summary>
/// A mail from the company mailbox read as a submission (docs/procedure.md §2): the sender is the customer, the
/// subject and text the description, the attached files the attachments, the language the mail's own. Inline
/// pictures (a signature's logo) are part of the text, not files the customer sent.
/// </summary>
internal sealed record IncomingMail(string SubmissionId, IntakeRequest Request, ReplyThread Thread, IReadOnlyList<string> Answers)
{
    /// <exception cref="UnreadableMailException">The mail names no sender.</exception>
    public static IncomingMail Read(MimeMessage message, int maxDescriptionLength)
    {
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender
            ?? throw new UnreadableMailException("The mail names no sender.");
        var messageId = ValidId(message.MessageId) ?? Fingerprint(message);
        var subject = (message.Subject ?? "").Trim();
        var body = (message.TextBody ?? (message.HtmlBody is { } html ? HtmlText(html) : "")).Trim();
        var description = subject.Length == 0 ? body : body.Length == 0 ? subject : subject + "\n\n" + body;
        var name = string.IsNullOrWhiteSpace(sender.Name) ? sender.LocalPart : sender.Name.Trim();
        var request = new IntakeRequest
        {
            SubmissionId = "mail-" + Hash(messageId),
            Kind = "complaint",
            Channel = "email",
            Name = name.Length > 100 ? name[..100] : name,
            Email = sender.Address,
            Language = LanguageOf(message, description),
            Description = description.Length > maxDescriptionLength ? description[..maxDescriptionLength] : description,

            // Writing to the company is asking it to deal with what is written; the mail itself is the record of that.
            Consent = true,
            Attachments = message.Attachments.Select(File).ToList(),
        };
        var references = message.References.Select(ValidId).OfType<string>().TakeLast(20).ToList();
        var answers = new[] { ValidId(message.InReplyTo) }.OfType<string>().Concat(references).Distinct(StringComparer.Ordinal).ToList();
        return new IncomingMail(request.SubmissionId, request, new ReplyThread(messageId, references, subject), answers);
    }

    private static IntakeAttachmentInput File(MimeEntity entity)
    {
        using var buffer = new MemoryStream();
        string? fileName;
        if (entity is MimePart part)
        {
            part.Content?.DecodeTo(buffer);
            fileName = part.FileName;
        }
        else
        {
            entity.WriteTo(buffer);
            fileName = entity.ContentDisposition?.FileName ?? "message.eml";
        }

        return new IntakeAttachmentInput { FileName = fileName, Content = AttachmentContent.Of(buffer.ToArray()) };
    }

    /// <summary>Chinese when the mail says so or is written in Chinese characters; English otherwise.</summary>
    private static string LanguageOf(MimeMessage message, string text)
    {
        var declared = message.Headers[HeaderId.ContentLanguage] ?? message.Body?.Headers[HeaderId.ContentLanguage];
        if (declared is not null)
        {
            return declared.Trim().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
        }

        return text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? "zh-CN" : "en";
    }

    /// <summary>The words of an HTML-only mail: text between tags, a line break for each break or block, no scripts or styles.</summary>
    private static string HtmlText(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var hidden = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken { Id: HtmlTagId.Script or HtmlTagId.Style } tag:
                    hidden += tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1;
                    break;
                case HtmlTagToken { Id: HtmlTagId.Br or HtmlTagId.P or HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.LI }:
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hidden <= 0:
                    text.Append(data.Data);
                    break;
            }
        }

        return text.ToString();
    }

    private static string? ValidId(string? id) =>
        id is not null && MailValidator.MessageIdPattern().IsMatch(id) ? id : null;

    /// <summary>A mail without a usable Message-ID is known by its sender, date, subject and text, which a second reading finds the same.</summary>
    private static string Fingerprint(MimeMessage message)
    {
        var seen = string.Join('\n', message.From.ToString(), message.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture), message.Subject, message.TextBody, message.HtmlBody);
        return Hash(seen) + "@fingerprint.invalid";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}

/// <summary>A mail that cannot become a case or a message on one; it stays in the mailbox for people to read.</summary>
internal sealed class UnreadableMailException(string message) : Exception(message);
