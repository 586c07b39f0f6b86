using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Queues;

/// <summary>One queue over the Queue service's XML REST API.</summary>
internal sealed class QueueClient : IQueueClient
{
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public QueueClient(HttpPipeline pipeline, Uri endpoint, string name)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        Name = ResourceNames.Validate(name, "queue");
    }

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, "");
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status is 201 or 204 || (response.Status == 409 && StorageErrors.Read(response).Code == "QueueAlreadyExists"))
        {
            return;
        }

        throw StorageErrors.Failure(response, $"Creating queue '{Name}'");
    }

    public async Task<SendReceipt> SendMessageAsync(string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Post, "/messages");
        if (visibilityDelay is { } delay)
        {
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(delay, TimeSpan.Zero, nameof(visibilityDelay)));
        }

        if (timeToLive is { } ttl)
        {
            // -1 (or an infinite TimeSpan) means the message never expires.
            message.Request.Uri.AppendQuery("messagettl", ttl == Timeout.InfiniteTimeSpan || ttl == TimeSpan.FromSeconds(-1) ? "-1" : Seconds(ttl, TimeSpan.FromSeconds(1), nameof(timeToLive), TimeSpan.MaxValue));
        }

        message.Request.Content = RequestContent.Create(QueueXml.MessageBody(messageText));
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 201)
        {
            throw StorageErrors.Failure(response, $"Sending to queue '{Name}'");
        }

        var sent = QueueXml.Messages(response).Single();
        return new SendReceipt(
            QueueXml.Text(sent, "MessageId"),
            QueueXml.Text(sent, "PopReceipt"),
            QueueXml.Time(sent, "InsertionTime"),
            QueueXml.Time(sent, "ExpirationTime"),
            QueueXml.Time(sent, "TimeNextVisible"));
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, "/messages");
        message.Request.Uri.AppendQuery("numofmessages", Count(maxMessages));
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), nameof(visibilityTimeout)));
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw StorageErrors.Failure(response, $"Receiving from queue '{Name}'");
        }

        return QueueXml.Messages(response)
            .Select(m => new QueueMessage(
                QueueXml.Text(m, "MessageId"),
                QueueXml.Text(m, "PopReceipt"),
                QueueXml.Decode(QueueXml.Text(m, "MessageText")),
                QueueXml.DequeueCount(m),
                QueueXml.Time(m, "InsertionTime"),
                QueueXml.Time(m, "ExpirationTime"),
                QueueXml.Time(m, "TimeNextVisible")))
            .ToList();
    }

    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, "/messages");
        message.Request.Uri.AppendQuery("peekonly", "true");
        message.Request.Uri.AppendQuery("numofmessages", Count(maxMessages));
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw StorageErrors.Failure(response, $"Peeking at queue '{Name}'");
        }

        return QueueXml.Messages(response)
            .Select(m => new PeekedMessage(
                QueueXml.Text(m, "MessageId"),
                QueueXml.Decode(QueueXml.Text(m, "MessageText")),
                QueueXml.DequeueCount(m),
                QueueXml.Time(m, "InsertionTime"),
                QueueXml.Time(m, "ExpirationTime")))
            .ToList();
    }

    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, MessagePath(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 204)
        {
            throw StorageErrors.Failure(response, $"Deleting message {messageId} from queue '{Name}'");
        }
    }

    public async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, string? messageText = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, MessagePath(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout)));
        if (messageText is not null)
        {
            message.Request.Content = RequestContent.Create(QueueXml.MessageBody(messageText));
            message.Request.Headers.SetValue("Content-Type", "application/xml");
        }

        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 204
            || !response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt)
            || !response.Headers.TryGetValue("x-ms-time-next-visible", out var nextVisible))
        {
            throw StorageErrors.Failure(response, $"Updating message {messageId} in queue '{Name}'");
        }

        return new UpdateReceipt(newReceipt, QueueXml.ParseTime(nextVisible));
    }

    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, "");
        message.Request.Uri.AppendQuery("comp", "metadata");
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200 || !response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count))
        {
            throw StorageErrors.Failure(response, $"Reading the length of queue '{Name}'");
        }

        return int.Parse(count, CultureInfo.InvariantCulture);
    }

    private static string MessagePath(string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return "/messages/" + Uri.EscapeDataString(messageId);
    }

    private static string Count(int maxMessages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        return maxMessages.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whole seconds, rounded up so a short timeout never becomes zero.</summary>
    private static string Seconds(TimeSpan value, TimeSpan min, string name, TimeSpan? max = null)
    {
        if (value < min || value > (max ?? MaxVisibility))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min} and {max ?? MaxVisibility}.");
        }

        return ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private HttpMessage CreateMessage(RequestMethod method, string suffix) =>
        _pipeline.CreateMessage(method, _endpoint, "/" + Name + suffix);
}
