using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Serverless.Feedback.Mail.Acs;

/// <summary>Maps an <see cref="OutgoingMail"/> to the <c>emails:send</c> body.</summary>
internal static class AcsEmailRequest
{
    /// <summary>
    /// The default encoder writes '+' and every non-ASCII character as \uXXXX, which makes base64
    /// attachments about 7% and Chinese text twice as big against the 10 MB limit. The body is never
    /// embedded in HTML, so the relaxed encoder is safe here.
    /// </summary>
    private static readonly JsonTypeInfo<AcsEmailMessage> MessageType = (JsonTypeInfo<AcsEmailMessage>)new JsonSerializerOptions(AcsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AcsJsonContext.Default,
    }.GetTypeInfo(typeof(AcsEmailMessage));

    /// <summary>
    /// The UTF-8 JSON body. ACS takes only the sender's address: the display name comes from the
    /// sender configured for the verified domain, so <see cref="OutgoingMail.From"/>'s name is not sent.
    /// </summary>
    public static byte[] Serialize(OutgoingMail mail, MailAddressee from)
    {
        var message = new AcsEmailMessage(
            from.Address,
            new AcsEmailContent(mail.Subject, mail.TextBody, mail.HtmlBody),
            new AcsEmailRecipients(mail.To.Select(ToWire).ToList(), mail.Cc.Count > 0 ? mail.Cc.Select(ToWire).ToList() : null),
            mail.ReplyTo is null ? null : [ToWire(mail.ReplyTo)],
            mail.Attachments.Count > 0
                ? mail.Attachments.Select(a => new AcsEmailAttachment(a.FileName, a.ContentType, Convert.ToBase64String(a.Content.Span))).ToList()
                : null,
            ThreadHeaders(mail));
        return JsonSerializer.SerializeToUtf8Bytes(message, MessageType);
    }

    /// <summary>
    /// ACS writes its own Message-ID but passes custom headers on, so a reply stays in the customer's thread as it does
    /// over SMTP (RFC 5322 §3.6.4: ids in angle brackets, references separated by spaces).
    /// </summary>
    private static Dictionary<string, string>? ThreadHeaders(OutgoingMail mail)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (mail.InReplyTo is not null)
        {
            headers["In-Reply-To"] = $"<{mail.InReplyTo}>";
        }

        if (mail.References.Count > 0)
        {
            headers["References"] = string.Join(' ', mail.References.Select(r => $"<{r}>"));
        }

        return headers.Count > 0 ? headers : null;
    }

    private static AcsEmailAddress ToWire(MailAddressee addressee) =>
        new(addressee.Address, string.IsNullOrEmpty(addressee.DisplayName) ? null : addressee.DisplayName);
}
