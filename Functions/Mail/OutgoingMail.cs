namespace Serverless.Feedback.Mail;

/// <summary>
/// One e-mail to send. <see cref="MailId"/> stays the same when the same mail is sent again (a retried
/// queue message), so a sender can avoid delivering it twice where its transport allows.
/// </summary>
internal sealed record OutgoingMail
{
    /// <summary>Letters, digits, '.', '_' and '-', at most 100 characters; it becomes part of file names and the Message-ID.</summary>
    public required string MailId { get; init; }

    /// <summary>Null means the configured <c>Mail:FromAddress</c> and <c>Mail:FromName</c>.</summary>
    public MailAddressee? From { get; init; }

    public required IReadOnlyList<MailAddressee> To { get; init; }

    public IReadOnlyList<MailAddressee> Cc { get; init; } = [];

    public MailAddressee? ReplyTo { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The Message-ID (without angle brackets) this mail answers: with <see cref="References"/> it stays in the thread it answers.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The Message-IDs (without angle brackets) of the thread, oldest first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>A BCP 47 tag such as <c>en</c> or <c>zh-Hans</c>, written as Content-Language.</summary>
    public string? Language { get; init; }
}
