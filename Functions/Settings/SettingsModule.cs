using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Settings;

/// <summary>The company's settings (organisation, authority, workflow and the sections other features add), kept in one table.</summary>
internal static class SettingsModule
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [SettingsStore.TableName]);
        services.AddSingleton<SettingsStore>();
        services.AddRefusals(e => e is SettingsValidationException invalid
            ? Problem.Invalid("The settings would not be valid: see errors for each setting.", invalid.Problems)
            : null);
        return services;
    }
}
