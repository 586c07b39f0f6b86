using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// Drives one queue function the way the Functions host does: receive a batch, hide each message while it
/// runs, delete it on success, make it visible again after <c>visibilityTimeout</c> on failure, and after
/// <c>maxDequeueCount</c> attempts move it to <c>{queue}-poison</c>.
/// </summary>
internal sealed class QueueTriggerListener(
    FunctionMethod function,
    string queueName,
    QueueSettings settings,
    IQueueServiceClient queues,
    LocalFunctionInvoker invoker,
    ILogger logger)
{
    /// <summary>How long a message stays hidden while its function runs (the host uses ten minutes).</summary>
    private static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(10);

    private bool _created;

    public string FunctionName => function.Definition.Name;

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

    /// <summary>Runs the function once with <paramref name="messageText"/>, outside the queue (as <c>/admin/functions</c> does).</summary>
    public Task RunNowAsync(string messageText, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var message = new QueueMessage(Guid.NewGuid().ToString(), "", messageText, 1, now, now.AddDays(7), now);
        return invoker.InvokeAsync(function, TriggerValues.Queue(message), message.MessageId, cancellationToken);
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
            await invoker.InvokeAsync(function, TriggerValues.Queue(message), message.MessageId, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "{FunctionName} failed on message {MessageId} (attempt {Attempt} of {MaxAttempts})", FunctionName, message.MessageId, message.DequeueCount, settings.MaxDequeueCount);
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
}
