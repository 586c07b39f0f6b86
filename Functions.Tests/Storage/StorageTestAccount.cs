using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage;

/// <summary>Our storage clients pointed at a real Azurite, as the app would build them from its connection string.</summary>
internal static class StorageTestAccount
{
    private static readonly HttpPipelineTransport Transport = StorageTransport.Create();

    public static StorageClients Clients(Azurite azurite, StorageRetry? retry = null, params IReadOnlyList<HttpPipelinePolicy> policies) =>
        new(StorageConnectionString.Parse(azurite.ConnectionString), credential: null, retry ?? StorageRetry.Default, Transport, NullLoggerFactory.Instance, policies);

    public static async Task<ITableClient> NewTableAsync(Azurite? azurite = null)
    {
        var table = Clients(azurite ?? await Azurite.Shared).Tables().GetTableClient(Azurite.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<IQueueClient> NewQueueAsync()
    {
        var queue = Clients(await Azurite.Shared).Queues().GetQueueClient(Azurite.UniqueName("q-"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    public static async Task<IBlobContainerClient> NewContainerAsync(int? listPageSize = null)
    {
        var azurite = await Azurite.Shared;
        var sdk = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, Azurite.UniqueName("c-"));
        var container = listPageSize is null
            ? Clients(azurite).Blobs().GetBlobContainerClient(sdk.Name)
            : new SdkBlobContainerClient(sdk, listPageSize);
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
