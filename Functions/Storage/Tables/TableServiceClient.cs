using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>The Table service over REST; swap this file for an adapter over Azure.Data.Tables when it is available.</summary>
internal sealed class TableServiceClient(HttpPipeline pipeline, Uri endpoint) : ITableServiceClient
{
    public static TableServiceClient Create(StoragePipelineFactory factory) =>
        new(factory.Create(StorageService.Table), factory.Account.TableEndpoint);

    public ITableClient GetTableClient(string tableName) => new TableClient(pipeline, endpoint, tableName);

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        pipeline.PingAsync(endpoint, "/Tables", "Listing tables", cancellationToken, ("$top", "1"));
}
