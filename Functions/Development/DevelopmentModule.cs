using Serverless.Feedback.Hosting;

namespace Serverless.Feedback.Development;

internal static class DevelopmentModule
{
    /// <summary>
    /// Conveniences for a developer's machine (sample data). Registered only when development features
    /// are allowed: the Development environment and not in Azure.
    /// </summary>
    public static IServiceCollection AddDevelopmentTools(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!AppEnvironment.AllowsDevelopmentFeaturesFor(configuration, environment))
        {
            if (configuration.GetValue("DevelopmentClock:Enabled", false))
            {
                throw new InvalidOperationException("DevelopmentClock:Enabled is refused: a clock that can be moved exists only in the Development environment, never in Azure (WEBSITE_SITE_NAME is set or the environment is not Development).");
            }

            return services;
        }

        if (configuration.GetValue("SampleData:Seed", false))
        {
            services.AddHostedService<SampleData>();
        }

        if (configuration.GetValue("DevelopmentClock:Enabled", false))
        {
            // Every component takes its time from TimeProvider, so this one registration moves the whole app.
            var file = configuration["DevelopmentClock:File"] is { Length: > 0 } configured ? configured : Path.Combine(environment.ContentRootPath, ".local", "clock-offset");
            services.AddSingleton(new DevelopmentClock(file));
            services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DevelopmentClock>());
        }

        services.AddSingleton<DevelopmentOutbox>();

        return services;
    }
}
