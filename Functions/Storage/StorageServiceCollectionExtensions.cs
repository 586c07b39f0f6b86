using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table, Queue and Blob service clients for the connection named <c>Storage</c>, sharing
    /// one connection pool. The configuration is validated when the app starts.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Configure(options => StorageOptions.Bind(configuration, options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageNames>();
        services.TryAddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var account = StorageAccount.FromOptions(options);
            var credential = account.UsesSharedKey ? null : StorageCredentials.Create(options);
            return new StoragePipelineFactory(account, credential, StorageTransport.Create(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(),
                new StorageRetry(options.MaxRetries, options.RetryDelay));
        });
        services.TryAddSingleton<ITableServiceClient>(sp => TableServiceClient.Create(sp.GetRequiredService<StoragePipelineFactory>()));
        services.TryAddSingleton<IQueueServiceClient>(sp => QueueServiceClient.Create(sp.GetRequiredService<StoragePipelineFactory>()));
        services.TryAddSingleton<IBlobServiceClient>(sp => BlobServiceClient.Create(sp.GetRequiredService<StoragePipelineFactory>()));
        return services;
    }
}
