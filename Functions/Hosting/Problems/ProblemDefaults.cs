using Microsoft.AspNetCore.Http.Features;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Hosting.Problems;

internal static class ProblemDefaults
{
    /// <summary>
    /// Every problem the app writes passes here, its own and the framework's (an unreadable body, a missing route):
    /// each gets its kind's <c>type</c> and title from the catalogue, in the language the request asks for, and a
    /// detail in words, so every refusal reads like the app's own.
    /// </summary>
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var kind = ProblemKind.NameOf(problem.Type) is { } name
            ? ProblemCatalogue.Named(name)
            : ProblemCatalogue.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
        if (context.Exception is { } exception && StorageOutage.Is(exception))
        {
            kind = ProblemCatalogue.StorageOutage;
            problem.Detail = "Nothing could be read or saved just now. Try again in a minute: a request with the same submission id or version is safe to repeat.";
            StorageOutage.AskToRetry(context.HttpContext.Response);
        }

        if (kind is not null)
        {
            problem.Type = kind.Type;
            problem.Title = Texts.Instance.For(RequestLanguage.Of(context.HttpContext.Request))[kind.TitleKey];
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
