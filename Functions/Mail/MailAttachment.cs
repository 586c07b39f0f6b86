namespace Serverless.Feedback.Mail;

/// <summary>A file sent with the mail. <paramref name="ContentType"/> is a bare media type such as <c>application/pdf</c>.</summary>
internal sealed record MailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
