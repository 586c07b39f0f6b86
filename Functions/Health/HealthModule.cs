using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Health;

internal static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [HeartbeatStore.TableName]);
        services.AddSingleton<HeartbeatStore>();
        services.AddHealthChecks()
            .Add(Storage("tables", sp => sp.GetRequiredService<ITableServiceClient>().PingAsync))
            .Add(Storage("queues", sp => sp.GetRequiredService<IQueueServiceClient>().PingAsync))
            .Add(Storage("blobs", sp => sp.GetRequiredService<IBlobServiceClient>().PingAsync));
        return services;
    }

    private static Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration Storage(string name, Func<IServiceProvider, Func<CancellationToken, Task>> ping) =>
        // No registration timeout: the check keeps its own on the app's clock, so a test's clock decides when it fires.
        new(
            name,
            sp => new StorageHealthCheck(ping(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StorageHealthCheck>>()),
            failureStatus: null,
            tags: [HealthEndpoints.StorageTag]);
}
