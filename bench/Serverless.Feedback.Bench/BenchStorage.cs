using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Bench;

internal static class BenchStorage
{
    /// <summary>The app's storage clients (the SDK adapters) for a connection string, built as the app builds them.</summary>
    public static StorageClients Clients(string connectionString, params IReadOnlyList<HttpPipelinePolicy> policies) =>
        new(StorageConnectionString.Parse(connectionString), credential: null, StorageRetry.Default, StorageTransport.Create(), NullLoggerFactory.Instance, policies);
}
