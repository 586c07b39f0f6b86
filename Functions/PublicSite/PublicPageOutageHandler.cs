using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.PublicSite;

/// <summary>
/// A customer who opens a tracking, receipt or survey page while storage is not answering sees a page in
/// their language saying to try again shortly, not a problem-details document. APIs keep problem details.
/// </summary>
internal sealed class PublicPageOutageHandler : IExceptionHandler
{
    private static readonly string[] PublicPaths = ["/feedback", "/track/", "/survey/"];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var path = httpContext.Request.Path.Value ?? "";
        if (!StorageOutage.Is(exception) || !PublicPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var l = LanguageChoice.Resolve(httpContext);
        StorageOutage.AskToRetry(httpContext.Response);
        var page = new RazorComponentResult<MessagePage>(new
        {
            L = l,
            Title = l["site.unavailableTitle"],
            Message = l["site.unavailable"],
            IsError = true,
            BackUrl = $"/feedback?lang={l.Language}",
            BackText = l["site.backToForm"],
        })
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
        };
        await page.ExecuteAsync(httpContext);
        return true;
    }
}
