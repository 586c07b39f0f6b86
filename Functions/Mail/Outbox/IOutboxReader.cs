namespace Serverless.Feedback.Mail.Outbox;

/// <summary>Reads what the pickup sender wrote, for a Development-only outbox page.</summary>
internal interface IOutboxReader
{
    /// <summary>The stored messages, newest first.</summary>
    IReadOnlyList<OutboxEntry> List();

    /// <summary>The raw .eml bytes. <paramref name="fileName"/> must be a name returned by <see cref="List"/>.</summary>
    /// <exception cref="ArgumentException">The name is not an outbox file name (for example it has a path in it).</exception>
    /// <exception cref="FileNotFoundException">No such message.</exception>
    Task<byte[]> ReadAsync(string fileName, CancellationToken cancellationToken);

    /// <summary>The message decoded for display.</summary>
    Task<DecodedMail> ReadDecodedAsync(string fileName, CancellationToken cancellationToken);
}

/// <summary>One stored message: its file name, the MailId it was sent under, when it was first written, its size.</summary>
internal sealed record OutboxEntry(string FileName, string MailId, DateTimeOffset WrittenAt, long SizeBytes);
