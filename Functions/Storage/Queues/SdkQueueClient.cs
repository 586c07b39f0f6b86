using System.Text;
using Azure.Storage.Queues;
using Sdk = Azure.Storage.Queues.Models;

namespace Serverless.Feedback.Storage.Queues;

/// <summary>The Queue service through Azure.Storage.Queues.</summary>
internal sealed class SdkQueueServiceClient(QueueServiceClient service) : IQueueServiceClient
{
    /// <summary>
    /// Base64 text on the wire, as the Functions queue trigger expects; a message that is not Base64 is handed
    /// to <see cref="SdkQueueClient"/> as it is instead of failing the whole receive.
    /// </summary>
    public static QueueClientOptions Configure(QueueClientOptions options)
    {
        options.MessageEncoding = QueueMessageEncoding.Base64;
        options.MessageDecodingFailed += SdkQueueClient.KeepUndecodedAsync;
        return options;
    }

    public IQueueClient GetQueueClient(string queueName) => new SdkQueueClient(service.GetQueueClient(ResourceNames.Validate(queueName, "queue")));

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in service.GetQueuesAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }
}

/// <summary>
/// One queue through Azure.Storage.Queues. Message text is UTF-8 under Base64. A message another producer wrote
/// as plain text (not Base64, or Base64 of bytes that are not UTF-8) is returned with its text exactly as stored,
/// so a consumer sees it, fails on it and, after its retries, poisons it like any other bad message.
/// </summary>
internal sealed class SdkQueueClient(QueueClient queue) : IQueueClient
{
    /// <summary>The service's limit for a message body once encoded.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    /// <summary>The service takes the time to live in whole seconds as a 32-bit number.</summary>
    private static readonly TimeSpan MaxTimeToLive = TimeSpan.FromSeconds(int.MaxValue);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The messages of the receive or peek running in this flow that the SDK could not decode.</summary>
    private static readonly AsyncLocal<List<Undecoded>?> CurrentUndecoded = new();

    public string Name => queue.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    public async Task<SendReceipt> SendMessageAsync(string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var encodedLength = (Encoding.UTF8.GetByteCount(messageText) + 2) / 3 * 4;
        if (encodedLength > MaxEncodedLength)
        {
            throw new ArgumentException($"The message is {encodedLength} characters once Base64-encoded; a queue message holds at most {MaxEncodedLength}.", nameof(messageText));
        }

        var delay = visibilityDelay is { } d ? Seconds(d, TimeSpan.Zero, nameof(visibilityDelay)) : (TimeSpan?)null;

        // -1 (or an infinite TimeSpan) means the message never expires.
        var ttl = timeToLive is not { } t ? (TimeSpan?)null
            : t == Timeout.InfiniteTimeSpan || t == TimeSpan.FromSeconds(-1) ? TimeSpan.FromSeconds(-1)
            : Seconds(t, TimeSpan.FromSeconds(1), nameof(timeToLive), MaxTimeToLive);
        var sent = (await queue.SendMessageAsync(messageText, delay, ttl, cancellationToken)).Value;
        return new SendReceipt(sent.MessageId, sent.PopReceipt, sent.InsertionTime, sent.ExpirationTime, sent.TimeNextVisible);
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var visibility = Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), nameof(visibilityTimeout));
        var undecoded = StartCollecting();
        try
        {
            var received = (await queue.ReceiveMessagesAsync(Count(maxMessages), visibility, cancellationToken)).Value;
            return received.Select(m => Message(m, Text(m.Body)))
                .Concat(undecoded.Where(u => u.Received is not null).Select(u => Message(u.Received!, u.Received!.Body.ToString())))
                .ToList();
        }
        finally
        {
            CurrentUndecoded.Value = null;
        }
    }

    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages, CancellationToken cancellationToken = default)
    {
        var undecoded = StartCollecting();
        try
        {
            var peeked = (await queue.PeekMessagesAsync(Count(maxMessages), cancellationToken)).Value;
            return peeked.Select(m => Message(m, Text(m.Body)))
                .Concat(undecoded.Where(u => u.Peeked is not null).Select(u => Message(u.Peeked!, u.Peeked!.Body.ToString())))
                .ToList();
        }
        finally
        {
            CurrentUndecoded.Value = null;
        }
    }

    public Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken);
    }

    public async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, string? messageText = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var visibility = Seconds(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout));
        var receipt = (await queue.UpdateMessageAsync(messageId, popReceipt, messageText, visibility, cancellationToken)).Value;
        return new UpdateReceipt(receipt.PopReceipt, receipt.NextVisibleOn);
    }

    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default) =>
        (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;

    /// <summary>Raised by the SDK inside a receive or peek for each message that is not Base64.</summary>
    internal static Task KeepUndecodedAsync(QueueMessageDecodingFailedEventArgs args)
    {
        var undecoded = CurrentUndecoded.Value;
        if (undecoded is not null)
        {
            lock (undecoded)
            {
                undecoded.Add(new Undecoded(args.ReceivedMessage, args.PeekedMessage));
            }
        }

        return Task.CompletedTask;
    }

    private static List<Undecoded> StartCollecting()
    {
        var undecoded = new List<Undecoded>();
        CurrentUndecoded.Value = undecoded;
        return undecoded;
    }

    /// <summary>UTF-8 text; Base64 that was not UTF-8 underneath was plain text all along, so it goes back as stored.</summary>
    private static string Text(BinaryData body)
    {
        var bytes = body.ToMemory();
        try
        {
            return StrictUtf8.GetString(bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            return Convert.ToBase64String(bytes.Span);
        }
    }

    private static QueueMessage Message(Sdk.QueueMessage m, string text) =>
        new(m.MessageId, m.PopReceipt, text, m.DequeueCount, m.InsertedOn ?? default, m.ExpiresOn ?? default, m.NextVisibleOn ?? default);

    private static PeekedMessage Message(Sdk.PeekedMessage m, string text) =>
        new(m.MessageId, text, m.DequeueCount, m.InsertedOn ?? default, m.ExpiresOn ?? default);

    private static int Count(int maxMessages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        return maxMessages;
    }

    /// <summary>Whole seconds, rounded up so a short timeout never becomes zero.</summary>
    private static TimeSpan Seconds(TimeSpan value, TimeSpan min, string name, TimeSpan? max = null)
    {
        if (value < min || value > (max ?? MaxVisibility))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max ?? MaxVisibility}.");
        }

        return TimeSpan.FromSeconds(Math.Ceiling(value.TotalSeconds));
    }

    private sealed record Undecoded(Sdk.QueueMessage? Received, Sdk.PeekedMessage? Peeked);
}
