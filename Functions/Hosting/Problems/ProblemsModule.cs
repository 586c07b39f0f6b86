using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Hosting.Problems;

internal static class ProblemsModule
{
    /// <summary>Problem details for every refusal, and the refusal every feature shares: a row changed under a write.</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services) =>
        services
            .AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Fill)
            .AddRefusals(e => e is ConcurrencyConflictException conflict ? Problem.ChangedFirst(conflict.Message + " Reload and apply your change again.") : null);

    /// <summary>How the exceptions a feature throws read over HTTP, so its endpoints run the rule and let a refusal travel.</summary>
    public static IServiceCollection AddRefusals(this IServiceCollection services, Func<Exception, ProblemHttpResult?> answer) =>
        services.AddSingleton<IExceptionHandler>(new RefusalHandler(answer));
}
