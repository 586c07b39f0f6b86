using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Storage.Configuration;

namespace Serverless.Feedback.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table, Queue and Blob service clients (the official SDKs behind our interfaces) for the
    /// connection named <c>Storage</c>, sharing one connection pool. The configuration is validated when the app starts.
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
        // Policies registered as services run on every attempt too: the tests and benchmarks count requests with them.
        services.TryAddSingleton(sp => StorageClients.FromOptions(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<ILoggerFactory>(), [.. sp.GetServices<Azure.Core.Pipeline.HttpPipelinePolicy>()]));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageClients>().Tables());
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageClients>().Queues());
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageClients>().Blobs());
        return services;
    }
}
