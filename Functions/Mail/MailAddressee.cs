namespace Serverless.Feedback.Mail;

/// <summary>An address as <c>local@domain</c> (no angle brackets, no display name inside) and an optional display name.</summary>
internal sealed record MailAddressee(string Address, string? DisplayName = null);
