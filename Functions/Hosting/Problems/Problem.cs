using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Feedback.Hosting.Problems;

/// <summary>
/// The one way an endpoint says no: a kind from <see cref="ProblemCatalogue"/> and a detail that says what to do.
/// Extensions carry what a client acts on (<c>errors</c> per field, a rule's <c>code</c>, the <c>currentVersion</c>).
/// </summary>
internal static class Problem
{
    public static ProblemHttpResult Invalid(string detail) => Of(ProblemCatalogue.Invalid, detail);

    /// <summary>Field → messages, as the console shows them beside each field.</summary>
    public static ProblemHttpResult Invalid(string detail, IReadOnlyDictionary<string, string[]> errors) =>
        Of(ProblemCatalogue.Invalid, detail, new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Forbidden(string detail) => Of(ProblemCatalogue.Forbidden, detail);

    public static ProblemHttpResult NotFound(string detail) => Of(ProblemCatalogue.NotFound, detail);

    public static ProblemHttpResult Conflict(string detail) => Of(ProblemCatalogue.Conflict, detail);

    public static ProblemHttpResult Gone(string detail) => Of(ProblemCatalogue.Gone, detail);

    public static ProblemHttpResult ChangedFirst(string detail) => Of(ProblemCatalogue.ChangedFirst, detail);

    public static ProblemHttpResult TooLarge(string detail) => Of(ProblemCatalogue.TooLarge, detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Of(ProblemCatalogue.UnsupportedMediaType, detail);

    public static ProblemHttpResult VersionRequired(string detail) => Of(ProblemCatalogue.VersionRequired, detail);

    /// <summary>A refusal that carries only a status (the request reader's limits): the kind that status stands for.</summary>
    public static ProblemHttpResult ForStatus(int status, string detail) =>
        ProblemCatalogue.ForStatus(status) is { } kind ? Of(kind, detail) : TypedResults.Problem(detail: detail, statusCode: status);

    public static ProblemHttpResult Of(ProblemKind kind, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: kind.Status, title: kind.Title, type: kind.Type, extensions: extensions);

    /// <summary>For code that writes through <see cref="IProblemDetailsService"/> itself (middleware, handlers).</summary>
    public static ProblemDetails Details(ProblemKind kind, string detail) =>
        new() { Status = kind.Status, Title = kind.Title, Type = kind.Type, Detail = detail };
}
