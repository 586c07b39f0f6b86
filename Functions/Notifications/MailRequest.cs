namespace Serverless.Feedback.Notifications;

/// <summary>
/// A message on the mail outbox queue: which template to render for whom. Rendering happens when the mail
/// is sent, from the stored case, so the message stays small and the queue holds no personal text.
/// </summary>
internal sealed record MailRequest
{
    /// <summary>Stable across retries and re-dispatch; the outbox sends each id once.</summary>
    public required string MailId { get; init; }

    public required string Template { get; init; }

    public required MailRecipient Recipient { get; init; }

    public string? CaseNumber { get; init; }

    public string? CustomerId { get; init; }

    /// <summary>A reason or comment that came with the change (e.g. why an approval was refused).</summary>
    public string? Note { get; init; }

    /// <summary>Template-specific values (e.g. the deadline that is overdue, a survey link, a report blob).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}

/// <summary>One addressee; <see cref="StaffId"/> is set for staff so links can point into the console.</summary>
internal sealed record MailRecipient(string Address, string Name, string Language, string? StaffId);
