namespace Serverless.Feedback.Storage.Queues;

/// <summary>The Queue service of one storage account.</summary>
internal interface IQueueServiceClient
{
    IQueueClient GetQueueClient(string queueName);

    Task PingAsync(CancellationToken cancellationToken = default);
}
