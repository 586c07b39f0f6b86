using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Tracking;

internal static class TrackingModule
{
    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddStorageLayout(tables: [TrackingRows.TableName]);
        services.AddSingleton<IDerivedRowSource, TrackingRows>();
        services.AddSingleton<TrackingLookup>();
        services.AddSingleton<TrackingViews>();
        return services;
    }
}
