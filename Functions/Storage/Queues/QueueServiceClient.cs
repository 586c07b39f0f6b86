using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Queues;

/// <summary>The Queue service over REST; swap this file for an adapter over Azure.Storage.Queues when it is available.</summary>
internal sealed class QueueServiceClient(HttpPipeline pipeline, Uri endpoint) : IQueueServiceClient
{
    public static QueueServiceClient Create(StoragePipelineFactory factory) =>
        new(factory.Create(StorageService.Queue), factory.Account.QueueEndpoint);

    public IQueueClient GetQueueClient(string queueName) => new QueueClient(pipeline, endpoint, queueName);

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        pipeline.PingAsync(endpoint, "/", "Listing queues", cancellationToken, ("comp", "list"), ("maxresults", "1"));
}
