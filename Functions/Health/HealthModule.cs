using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Health;

internal static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [HeartbeatStore.TableName]);
        services.AddSingleton<HeartbeatStore>();
        return services;
    }
}
