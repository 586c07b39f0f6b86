using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>The Blob service over REST; swap this file for an adapter over Azure.Storage.Blobs when it is available.</summary>
internal sealed class BlobServiceClient(HttpPipeline pipeline, Uri endpoint) : IBlobServiceClient
{
    public static BlobServiceClient Create(StoragePipelineFactory factory) =>
        new(factory.Create(StorageService.Blob), factory.Account.BlobEndpoint);

    public IBlobContainerClient GetBlobContainerClient(string containerName) => new BlobContainerClient(pipeline, endpoint, containerName);

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        pipeline.PingAsync(endpoint, "/", "Listing containers", cancellationToken, ("comp", "list"), ("maxresults", "1"));
}
