using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Hosting.LocalRunner;

internal static class LocalRunnerExtensions
{
    /// <summary>
    /// Registers the local trigger runner, which stands in for the Functions host wherever the app runs without it.
    /// <c>LocalRunner:Enabled=false</c> keeps the listeners from polling on their own (tests drive them), while
    /// <c>/admin/functions</c> still works.
    /// </summary>
    public static IServiceCollection AddLocalTriggerRunner(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalRunnerOptions>().BindConfiguration(LocalRunnerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddStorageLayout(tables: [TimerStatusStore.TableName]);
        services.AddSingleton(_ => FunctionCatalog.Load(AppContext.BaseDirectory));
        services.AddSingleton<TimerStatusStore>();
        services.AddSingleton<LocalFunctionInvoker>();
        services.AddSingleton<LocalTriggerRunner>();
        if (configuration.GetValue($"{LocalRunnerOptions.Section}:{nameof(LocalRunnerOptions.Enabled)}", new LocalRunnerOptions().Enabled))
        {
            services.AddHostedService(sp => sp.GetRequiredService<LocalTriggerRunner>());
        }

        return services;
    }
}
