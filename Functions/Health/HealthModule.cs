using Serverless.Feedback.Hosting.CustomHandler;

namespace Serverless.Feedback.Health;

internal static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<HeartbeatStore>();
        services.AddTimerFunction<HeartbeatFunction>(HeartbeatFunction.Name);
        return services;
    }
}
