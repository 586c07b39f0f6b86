using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>The Blob service through Azure.Storage.Blobs.</summary>
internal sealed class SdkBlobServiceClient(BlobServiceClient service) : IBlobServiceClient
{
    public IBlobContainerClient GetBlobContainerClient(string containerName) =>
        new SdkBlobContainerClient(service.GetBlobContainerClient(ResourceNames.Validate(containerName, "container")));

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in service.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }
}

/// <summary>One private container of block blobs through Azure.Storage.Blobs.</summary>
/// <param name="listPageSize">Blobs per listing request; the service's default (5,000) unless a test wants several pages.</param>
internal sealed class SdkBlobContainerClient(BlobContainerClient container, int? listPageSize = null) : IBlobContainerClient
{
    public string Name => container.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);

    public async Task<ETag> UploadAsync(string blobName, BinaryData content, string contentType, bool overwrite = false, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = BlobMetadata.Validate(metadata),
            Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            return (await Blob(blobName).UploadAsync(content, options, cancellationToken)).Value.ETag;
        }
        catch (RequestFailedException e) when (!overwrite && e.Status is 409 or 412)
        {
            // The service says 409 or 412 depending on how the upload was made; callers only need "it exists".
            throw new RequestFailedException(409, $"Blob '{blobName}' already exists in container '{Name}' and overwrite was not requested.", "BlobAlreadyExists", e);
        }
    }

    public async Task<BlobDownload?> DownloadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = (await Blob(blobName).DownloadContentAsync(cancellationToken)).Value;
            var details = download.Details;
            return new BlobDownload(
                download.Content,
                details.ContentType ?? "application/octet-stream",
                details.ETag,
                new Dictionary<string, string>(details.Metadata, StringComparer.OrdinalIgnoreCase));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken = default) =>
        (await Blob(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value;

    public async IAsyncEnumerable<BlobItem> ListAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new GetBlobsOptions { Prefix = string.IsNullOrEmpty(prefix) ? null : prefix };
        var pages = container.GetBlobsAsync(options, cancellationToken).AsPages(pageSizeHint: listPageSize);
        await foreach (var page in pages)
        {
            foreach (var blob in page.Values)
            {
                var properties = blob.Properties;
                yield return new BlobItem(blob.Name, properties.ContentLength ?? 0, properties.ContentType ?? "application/octet-stream", properties.LastModified ?? default);
            }
        }
    }

    /// <summary>Blob names are paths to the service; ones it would read differently from what was meant are refused.</summary>
    private BlobClient Blob(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (blobName.Length > 1024 || blobName.Split('/').Any(s => s is "." or "..") || blobName.Any(char.IsControl))
        {
            throw new ArgumentException($"'{blobName}' is not a usable blob name: at most 1024 characters, no control characters, no '.' or '..' segments.", nameof(blobName));
        }

        return container.GetBlobClient(blobName);
    }
}
