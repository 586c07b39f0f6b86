using Azure;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>One private container of block blobs. Shaped after Azure.Storage.Blobs.BlobContainerClient.</summary>
internal interface IBlobContainerClient
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>Uploads a block blob; with <paramref name="overwrite"/> false an existing blob throws <see cref="RequestFailedException"/> 409.</summary>
    Task<ETag> UploadAsync(string blobName, BinaryData content, string contentType, bool overwrite = false, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>Returns null when the blob does not exist.</summary>
    Task<BlobDownload?> DownloadAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Returns false when there was nothing to delete.</summary>
    Task<bool> DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken = default);

    IAsyncEnumerable<BlobItem> ListAsync(string? prefix = null, CancellationToken cancellationToken = default);
}

internal sealed record BlobDownload(BinaryData Content, string ContentType, ETag ETag, IReadOnlyDictionary<string, string> Metadata);

internal sealed record BlobItem(string Name, long Length, string ContentType, DateTimeOffset LastModified);
