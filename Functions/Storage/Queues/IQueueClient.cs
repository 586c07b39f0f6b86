namespace Serverless.Feedback.Storage.Queues;

/// <summary>
/// One queue. Message text is Base64-encoded on the wire, which is what the Functions queue trigger expects.
/// A message that is not Base64 of UTF-8 (another producer wrote plain text) is received and peeked with its
/// text exactly as stored, never dropped or thrown on, so a consumer fails on it and its retries end in the
/// poison queue like any other bad message. Shaped after Azure.Storage.Queues.QueueClient.
/// </summary>
internal interface IQueueClient
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    Task<SendReceipt> SendMessageAsync(string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Dequeues up to <paramref name="maxMessages"/> (1–32), hiding them for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages, CancellationToken cancellationToken = default);

    Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default);

    /// <summary>Changes the visibility (and optionally the text) of a received message; returns the new pop receipt.</summary>
    Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, string? messageText = null, CancellationToken cancellationToken = default);

    Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default);
}

internal sealed record SendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn, DateTimeOffset NextVisibleOn);

internal sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);

internal sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string MessageText,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    DateTimeOffset NextVisibleOn);

internal sealed record PeekedMessage(string MessageId, string MessageText, long DequeueCount, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn);
