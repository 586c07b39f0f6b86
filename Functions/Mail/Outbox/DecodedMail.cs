namespace Serverless.Feedback.Mail.Outbox;

/// <summary>A stored message as a person reads it: decoded headers, the text and HTML bodies, and the attached files.</summary>
internal sealed record DecodedMail(
    string? MessageId,
    string Subject,
    IReadOnlyList<MailAddressee> From,
    IReadOnlyList<MailAddressee> To,
    IReadOnlyList<MailAddressee> Cc,
    IReadOnlyList<MailAddressee> ReplyTo,
    DateTimeOffset? Date,
    string? Language,
    string? Text,
    string? Html,
    IReadOnlyList<DecodedAttachment> Attachments);

internal sealed record DecodedAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
