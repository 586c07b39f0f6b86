using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Storage;

/// <summary>
/// Builds the official clients of the three services for one account, each behind our adapter: the account key
/// (connection strings, Azurite) or an Entra ID credential, one connection pool, exponential retries
/// (Storage:MaxRetries, Storage:RetryDelay, at most 10 s apart; 408, 429, 5xx and connection failures) and a log
/// line per attempt. <paramref name="policies"/> run on every attempt too (request counting, fault injection).
/// </summary>
internal sealed class StorageClients(
    StorageAccount account,
    TokenCredential? credential,
    StorageRetry retry,
    HttpPipelineTransport transport,
    ILoggerFactory loggerFactory,
    params IReadOnlyList<HttpPipelinePolicy> policies)
{
    public static StorageClients FromOptions(StorageOptions options, ILoggerFactory loggerFactory, params IReadOnlyList<HttpPipelinePolicy> policies)
    {
        var account = StorageAccount.FromOptions(options);
        var credential = account.UsesSharedKey ? null : StorageCredentials.Create(options);
        return new StorageClients(account, credential, new StorageRetry(options.MaxRetries, options.RetryDelay), StorageTransport.Create(), loggerFactory, policies);
    }

    public ITableServiceClient Tables()
    {
        var options = Configure(new TableClientOptions(), "Table");
        return new SdkTableServiceClient(account.AccountKey is { } key
            ? new TableServiceClient(account.TableEndpoint, new TableSharedKeyCredential(AccountName, Convert.ToBase64String(key)), options)
            : new TableServiceClient(account.TableEndpoint, Credential, options));
    }

    public IQueueServiceClient Queues()
    {
        var options = SdkQueueServiceClient.Configure(Configure(new QueueClientOptions(), "Queue"));
        return new SdkQueueServiceClient(account.AccountKey is { } key
            ? new QueueServiceClient(account.QueueEndpoint, new StorageSharedKeyCredential(AccountName, Convert.ToBase64String(key)), options)
            : new QueueServiceClient(account.QueueEndpoint, Credential, options));
    }

    public IBlobServiceClient Blobs()
    {
        var options = Configure(new BlobClientOptions(), "Blob");
        return new SdkBlobServiceClient(account.AccountKey is { } key
            ? new BlobServiceClient(account.BlobEndpoint, new StorageSharedKeyCredential(AccountName, Convert.ToBase64String(key)), options)
            : new BlobServiceClient(account.BlobEndpoint, Credential, options));
    }

    private string AccountName => account.AccountName ?? throw new InvalidOperationException("Signing with the account key needs the account name.");

    private TokenCredential Credential => credential ?? throw new InvalidOperationException("An identity-based storage connection needs a token credential.");

    private T Configure<T>(T options, string service)
        where T : ClientOptions
    {
        options.Transport = transport;
        options.Diagnostics.ApplicationId = "Serverless.Feedback";
        options.Diagnostics.IsLoggingContentEnabled = false;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = retry.MaxRetries;
        options.Retry.Delay = retry.Delay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
        options.AddPolicy(new StorageLoggingPolicy(loggerFactory.CreateLogger($"Serverless.Feedback.Storage.{service}")), HttpPipelinePosition.PerRetry);
        foreach (var policy in policies)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return options;
    }
}
