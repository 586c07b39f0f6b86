namespace Serverless.Feedback.Storage.Blobs;

/// <summary>The Blob service of one storage account.</summary>
internal interface IBlobServiceClient
{
    IBlobContainerClient GetBlobContainerClient(string containerName);

    Task PingAsync(CancellationToken cancellationToken = default);
}
