using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Blobs;

/// <summary>
/// One private container of block blobs. Uploads are a single Put Blob of at most <see cref="MaxUploadBytes"/>:
/// attachments are at most 10 MB and reports far smaller, so staged blocks would only add round trips.
/// </summary>
internal sealed class BlobContainerClient : IBlobContainerClient
{
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly int? _listPageSize;

    public BlobContainerClient(HttpPipeline pipeline, Uri endpoint, string name, int? listPageSize = null)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        _listPageSize = listPageSize;
        Name = ResourceNames.Validate(name, "container");
    }

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        // No x-ms-blob-public-access header: the container stays private.
        using var message = _pipeline.CreateMessage(RequestMethod.Put, _endpoint, "/" + Name);
        message.Request.Uri.AppendQuery("restype", "container");
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status == 201 || (response.Status == 409 && StorageErrors.Read(response).Code == "ContainerAlreadyExists"))
        {
            return;
        }

        throw StorageErrors.Failure(response, $"Creating container '{Name}'");
    }

    public async Task<ETag> UploadAsync(string blobName, BinaryData content, string contentType, bool overwrite = false, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var bytes = content.ToMemory();
        if (bytes.Length > MaxUploadBytes)
        {
            throw new ArgumentException($"The blob is {bytes.Length} bytes; uploads are limited to {MaxUploadBytes} bytes.", nameof(content));
        }

        using var message = CreateBlobMessage(RequestMethod.Put, blobName);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("x-ms-blob-content-type", contentType);
        BlobMetadata.Apply(request, metadata);
        if (!overwrite)
        {
            request.Headers.SetValue("If-None-Match", "*");
        }

        request.Content = RequestContent.Create(bytes);
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return response.Status switch
        {
            201 => ETagHeader.From(response),
            409 or 412 when !overwrite => throw new RequestFailedException(409, $"Blob '{blobName}' already exists in container '{Name}' and overwrite was not requested.", "BlobAlreadyExists", null),
            _ => throw StorageErrors.Failure(response, $"Uploading blob '{blobName}' to container '{Name}'"),
        };
    }

    public async Task<BlobDownload?> DownloadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var message = CreateBlobMessage(RequestMethod.Get, blobName);
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return response.Status switch
        {
            200 => new BlobDownload(
                response.Content,
                response.Headers.ContentType ?? "application/octet-stream",
                ETagHeader.From(response),
                BlobMetadata.Read(response)),
            404 => null,
            _ => throw StorageErrors.Failure(response, $"Downloading blob '{blobName}' from container '{Name}'"),
        };
    }

    public async Task<bool> DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var message = CreateBlobMessage(RequestMethod.Delete, blobName);
        message.Request.Headers.SetValue("x-ms-delete-snapshots", "include");
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw StorageErrors.Failure(response, $"Deleting blob '{blobName}' from container '{Name}'"),
        };
    }

    public async IAsyncEnumerable<BlobItem> ListAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            using var message = _pipeline.CreateMessage(RequestMethod.Get, _endpoint, "/" + Name);
            var uri = message.Request.Uri;
            uri.AppendQuery("restype", "container");
            uri.AppendQuery("comp", "list");
            if (!string.IsNullOrEmpty(prefix))
            {
                uri.AppendQuery("prefix", prefix, escapeValue: true);
            }

            if (marker is not null)
            {
                uri.AppendQuery("marker", marker, escapeValue: true);
            }

            if (_listPageSize is { } size)
            {
                uri.AppendQuery("maxresults", size.ToString(CultureInfo.InvariantCulture));
            }

            var response = await _pipeline.SendRequestAsync(message, cancellationToken);
            if (response.Status != 200)
            {
                throw StorageErrors.Failure(response, $"Listing container '{Name}'");
            }

            (var items, marker) = BlobListXml.Read(response);
            foreach (var item in items)
            {
                yield return item;
            }
        }
        while (marker is not null);
    }

    /// <summary>Each segment escaped, '/' kept: blob names are paths to the service.</summary>
    private HttpMessage CreateBlobMessage(RequestMethod method, string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var segments = blobName.Split('/');
        if (blobName.Length > 1024 || segments.Any(s => s is "." or "..") || blobName.Any(char.IsControl))
        {
            throw new ArgumentException($"'{blobName}' is not a usable blob name: at most 1024 characters, no control characters, no '.' or '..' segments.", nameof(blobName));
        }

        return _pipeline.CreateMessage(method, _endpoint, "/" + Name + "/" + string.Join('/', segments.Select(Uri.EscapeDataString)));
    }
}
