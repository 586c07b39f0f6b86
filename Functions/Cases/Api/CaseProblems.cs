using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Cases.Api;

/// <summary>How refusals from the case domain become problem details (RFC 9457).</summary>
internal static class CaseProblems
{
    public static bool TryMap(Exception exception, out ProblemHttpResult problem)
    {
        problem = exception switch
        {
            CaseNotFoundException e => TypedResults.Problem(title: "No such case.", detail: e.Message, statusCode: StatusCodes.Status404NotFound),
            StaleCaseException e => TypedResults.Problem(
                title: "The case changed since you opened it.",
                detail: e.Message + " Reload it and apply your change again.",
                statusCode: StatusCodes.Status412PreconditionFailed,
                extensions: new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion }),
            CaseStageException e => TypedResults.Problem(
                title: "Not possible at this stage.",
                detail: e.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["stage"] = e.Stage.ToString(), ["action"] = e.Action.ToString() }),
            CaseRuleException e => TypedResults.Problem(
                title: "The change breaks a rule of the procedure.",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["code"] = e.Code }),
            CaseForbiddenException e => TypedResults.Problem(title: "Not allowed.", detail: e.Message, statusCode: StatusCodes.Status403Forbidden),
            ConcurrencyConflictException e => TypedResults.Problem(title: "Someone else changed this first.", detail: e.Message, statusCode: StatusCodes.Status412PreconditionFailed),
            _ => null!,
        };
        return problem is not null;
    }

    /// <summary>Reads <c>If-Match: "7"</c> (the case version, as the detail's ETag gives it).</summary>
    public static bool TryReadVersion(HttpRequest request, out int version)
    {
        version = 0;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version) && version > 0;
    }

    public static string ETagFor(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
}
