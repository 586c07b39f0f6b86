using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
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

    public static StoragePipelineFactory Factory(Azurite azurite, StorageRetry? retry = null) =>
        new(StorageConnectionString.Parse(azurite.ConnectionString), credential: null, Transport, TimeProvider.System, NullLoggerFactory.Instance, retry);

    public static async Task<ITableClient> NewTableAsync(Azurite? azurite = null)
    {
        var table = TableServiceClient.Create(Factory(azurite ?? await Azurite.Shared)).GetTableClient(Azurite.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<IQueueClient> NewQueueAsync()
    {
        var queue = QueueServiceClient.Create(Factory(await Azurite.Shared)).GetQueueClient(Azurite.UniqueName("q-"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    public static async Task<BlobContainerClient> NewContainerAsync(int? listPageSize = null)
    {
        var factory = Factory(await Azurite.Shared);
        var container = new BlobContainerClient(factory.Create(StorageService.Blob), factory.Account.BlobEndpoint, Azurite.UniqueName("c-"), listPageSize);
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
