namespace Serverless.Feedback.Improvements;

internal static class ImprovementsModule
{
    public static IServiceCollection AddImprovements(this IServiceCollection services)
    {
        services.AddSingleton<ImprovementRegistrar>();
        return services;
    }
}
