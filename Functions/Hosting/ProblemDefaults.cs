using Microsoft.AspNetCore.Http.Features;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Hosting;

internal static class ProblemDefaults
{
    /// <summary>
    /// Problems the framework raises itself (an unreadable body, a missing route) come without a detail;
    /// say in words what to fix, so every refusal reads like the app's own.
    /// </summary>
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (context.Exception is { } exception && StorageOutage.Is(exception))
        {
            problem.Title = "Storage is not answering.";
            problem.Detail = "Nothing could be read or saved just now. Try again in a minute: a request with the same submission id or version is safe to repeat.";
            StorageOutage.AskToRetry(context.HttpContext.Response);
        }

        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status400BadRequest => "The request could not be read: send JSON in the documented shape (names in camelCase, codes as strings such as \"productQuality\").",
            StatusCodes.Status404NotFound => "There is nothing at this address.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that method.",
            StatusCodes.Status413PayloadTooLarge => "The request is too large.",
            StatusCodes.Status415UnsupportedMediaType => "Send application/json.",
            _ => null,
        };
        if (context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity is { } activity)
        {
            problem.Extensions.TryAdd("traceId", activity.Id);
        }
    }
}
