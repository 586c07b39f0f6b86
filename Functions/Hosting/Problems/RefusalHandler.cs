using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Serverless.Feedback.Hosting.Problems;

/// <summary>
/// Answers the exceptions a feature's rules throw with the problem the feature names for them; any other exception
/// goes on to the next handler. Run by the exception handler middleware, which leaves logging to unanswered ones.
/// </summary>
internal sealed class RefusalHandler(Func<Exception, ProblemHttpResult?> answer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (answer(exception) is not { } problem)
        {
            return false;
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }
}
