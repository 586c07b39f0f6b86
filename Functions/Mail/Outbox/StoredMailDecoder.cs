using Serverless.Feedback.Mail.Mime;

namespace Serverless.Feedback.Mail.Outbox;

/// <summary>Turns a stored .eml into a <see cref="DecodedMail"/>: the first text and HTML parts are the bodies, named or "attachment" parts are files.</summary>
internal static class StoredMailDecoder
{
    public static DecodedMail Decode(ReadOnlyMemory<byte> eml)
    {
        var message = MimeParser.Parse(eml);
        string? text = null;
        string? html = null;
        var attachments = new List<DecodedAttachment>();
        Walk(message, ref text, ref html, attachments);
        return new DecodedMail(
            message["Message-ID"]?.Trim(),
            EncodedWords.Decode(message["Subject"] ?? string.Empty),
            AddressList.Parse(message["From"]),
            message.All("To").SelectMany(AddressList.Parse).ToList(),
            message.All("Cc").SelectMany(AddressList.Parse).ToList(),
            AddressList.Parse(message["Reply-To"]),
            MimeDate.TryParse(message["Date"]),
            message["Content-Language"]?.Trim(),
            text,
            html,
            attachments);
    }

    private static void Walk(MimeEntity entity, ref string? text, ref string? html, List<DecodedAttachment> attachments)
    {
        if (entity.IsMultipart)
        {
            foreach (var part in entity.Parts)
            {
                Walk(part, ref text, ref html, attachments);
            }

            return;
        }

        var type = entity.ContentType;
        var disposition = entity.ContentDisposition;
        var fileName = disposition?.Parameter("filename") ?? type.Parameter("name");
        var isAttachment = disposition?.Value == "attachment" || (fileName is not null && !type.Value.StartsWith("text/", StringComparison.Ordinal));
        if (!isAttachment && type.Value == "text/plain" && text is null)
        {
            text = entity.DecodeText();
        }
        else if (!isAttachment && type.Value == "text/html" && html is null)
        {
            html = entity.DecodeText();
        }
        else
        {
            attachments.Add(new DecodedAttachment(fileName ?? "attachment", type.Value, entity.DecodeContent()));
        }
    }
}
