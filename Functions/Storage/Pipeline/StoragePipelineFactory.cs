using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Configuration;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>
/// Builds the Azure.Core pipeline for each service: retries with exponential back-off (408, 429, 500, 502,
/// 503, 504 and connection failures), our service headers, Shared Key or bearer-token authentication, and logging.
/// </summary>
internal sealed class StoragePipelineFactory(
    StorageAccount account,
    TokenCredential? credential,
    HttpPipelineTransport transport,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    StorageRetry? retry = null)
{
    public const string TableServiceVersion = "2019-02-02";
    public const string BlobQueueServiceVersion = "2025-01-05";
    public const string TokenScope = "https://storage.azure.com/.default";

    public StorageAccount Account => account;

    public HttpPipeline Create(StorageService service)
    {
        var options = new StorageClientOptions { Transport = transport };
        options.Diagnostics.ApplicationId = "Serverless.Feedback";
        options.Diagnostics.IsLoggingContentEnabled = false;
        var chosen = retry ?? StorageRetry.Default;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = chosen.MaxRetries;
        options.Retry.Delay = chosen.Delay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(100);

        var pipelineOptions = new HttpPipelineOptions(options) { RequestFailedDetailsParser = StorageErrors.Parser };
        var version = service == StorageService.Table ? TableServiceVersion : BlobQueueServiceVersion;
        pipelineOptions.PerRetryPolicies.Add(new StorageHeadersPolicy(version, timeProvider));
        pipelineOptions.PerRetryPolicies.Add(Authentication(service));
        pipelineOptions.PerRetryPolicies.Add(new StorageLoggingPolicy(loggerFactory.CreateLogger($"Serverless.Feedback.Storage.{service}")));
        return HttpPipelineBuilder.Build(pipelineOptions);
    }

    private HttpPipelinePolicy Authentication(StorageService service)
    {
        if (account.AccountKey is { } key)
        {
            var name = account.AccountName ?? throw new InvalidOperationException("Shared Key signing needs the account name.");
            return service == StorageService.Table ? SharedKeyPolicy.ForTable(name, key) : SharedKeyPolicy.ForBlobOrQueue(name, key);
        }

        return new BearerTokenAuthenticationPolicy(
            credential ?? throw new InvalidOperationException("An identity-based storage connection needs a token credential."),
            TokenScope);
    }

    private sealed class StorageClientOptions : ClientOptions;
}
