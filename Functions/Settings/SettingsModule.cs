using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Settings;

/// <summary>The company's settings (organisation, authority, workflow and the sections other features add), kept in one table.</summary>
internal static class SettingsModule
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [SettingsStore.TableName]);
        services.AddSingleton<SettingsStore>();
        return services;
    }
}
