namespace Serverless.Feedback.Mail;

/// <summary>
/// What the transport called the mail: the .eml file name (pickup), the Message-ID (SMTP) or the
/// operation id (Azure Communication Services).
/// </summary>
internal sealed record MailSendResult(string MailId, string ProviderMessageId);
