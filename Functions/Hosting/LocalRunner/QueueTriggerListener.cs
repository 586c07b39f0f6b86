using System.Globalization;
using System.Text.Json;
using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// Drives one queue function the way the Functions host does: receive a batch, hide each message while it
/// runs, delete it on success, make it visible again after <c>visibilityTimeout</c> on failure, and after
/// <c>maxDequeueCount</c> attempts move it to <c>{queue}-poison</c>.
/// </summary>
internal sealed class QueueTriggerListener(
    FunctionDefinition function,
    string queueName,
    QueueSettings settings,
    IQueueServiceClient queues,
    FunctionInvoker invoker,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger logger)
{
    /// <summary>How long a message stays hidden while its function runs (the host uses ten minutes).</summary>
    private static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(10);

    private bool _created;

    public string FunctionName => function.Name;

    public string QueueName => queueName;

    public string PoisonQueueName => queueName + "-poison";

    /// <summary>Receives and runs one batch; returns how many messages there were.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(queueName);
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken);
            _created = true;
        }

        var messages = await queue.ReceiveMessagesAsync(settings.BatchSize, ProcessingLease, cancellationToken);
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = settings.BatchSize, CancellationToken = cancellationToken },
            async (message, token) => await ProcessAsync(queue, message, token));
        return messages.Count;
    }

    private async Task ProcessAsync(IQueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            // Received more often than allowed (e.g. the app died mid-run): no further attempt.
            await PoisonAsync(queue, message, cancellationToken);
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await invoker.InvokeAsync(function.Name, Payload(message), scope.ServiceProvider, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "{FunctionName} failed on message {MessageId} (attempt {Attempt} of {MaxAttempts})", function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await PoisonAsync(queue, message, cancellationToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, settings.VisibilityTimeout, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task PoisonAsync(IQueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var poison = queues.GetQueueClient(PoisonQueueName);
        await poison.CreateIfNotExistsAsync(cancellationToken);
        await poison.SendMessageAsync(message.MessageText, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        logger.LogError("Message {MessageId} of {Queue} moved to {PoisonQueue} after {Attempts} attempts", message.MessageId, queueName, PoisonQueueName, message.DequeueCount);
    }

    /// <summary>The invocation exactly as the host would send it, metadata quirks included.</summary>
    private InvocationRequest Payload(QueueMessage message)
    {
        var binding = ((QueueFunctionTrigger)function.Trigger).BindingName;
        var data = new Dictionary<string, JsonElement> { [binding] = JsonSerializer.SerializeToElement(message.MessageText) };
        var metadata = new Dictionary<string, JsonElement>
        {
            ["DequeueCount"] = JsonSerializer.SerializeToElement(message.DequeueCount),
            ["Id"] = JsonSerializer.SerializeToElement(message.MessageId),
            ["PopReceipt"] = JsonSerializer.SerializeToElement(message.PopReceipt),
            ["InsertionTime"] = JsonSerializer.SerializeToElement(message.InsertedOn.ToString("O", CultureInfo.InvariantCulture)),
            ["ExpirationTime"] = JsonSerializer.SerializeToElement(message.ExpiresOn.ToString("O", CultureInfo.InvariantCulture)),
            ["NextVisibleTime"] = JsonSerializer.SerializeToElement(message.NextVisibleOn.ToString("O", CultureInfo.InvariantCulture)),
            ["sys"] = SystemMetadata.For(function.Name, clock),
        };
        return new InvocationRequest(data, metadata);
    }
}

/// <summary>The <c>sys</c> block the host adds to every invocation.</summary>
internal static class SystemMetadata
{
    public static JsonElement For(string functionName, TimeProvider clock) => JsonSerializer.SerializeToElement(new Dictionary<string, string>
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    });
}
