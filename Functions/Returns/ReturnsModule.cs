using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Storage;

namespace Serverless.Feedback.Returns;

internal static class ReturnsModule
{
    public static IServiceCollection AddReturns(this IServiceCollection services)
    {
        services.AddSingleton<ICaseChangeHook, ReturnReviewTimes>();
        services.AddSingleton<IDerivedRowSource, ReturnReviewScheduleRows>();
        services.AddSingleton<IDeadlineDescriber, ReturnDeadlineViews>();
        return services;
    }
}
