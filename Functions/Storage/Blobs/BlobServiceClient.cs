using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>The Blob service over REST; swap this file for an adapter over Azure.Storage.Blobs when it is available.</summary>
internal sealed class BlobServiceClient(HttpPipeline pipeline, Uri endpoint) : IBlobServiceClient
{
    public static BlobServiceClient Create(StoragePipelineFactory factory) =>
        new(factory.Create(StorageService.Blob), factory.Account.BlobEndpoint);

    public IBlobContainerClient GetBlobContainerClient(string containerName) => new BlobContainerClient(pipeline, endpoint, containerName);

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var message = pipeline.CreateMessage(RequestMethod.Get, endpoint, "/");
        message.Request.Uri.AppendQuery("comp", "list");
        message.Request.Uri.AppendQuery("maxresults", "1");
        var response = await pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw StorageErrors.Failure(response, "Listing containers");
        }
    }
}
