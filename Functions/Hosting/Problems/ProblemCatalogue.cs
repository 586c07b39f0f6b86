namespace Serverless.Feedback.Hosting.Problems;

/// <summary>
/// Every kind of refusal the app gives (docs/adr/0066-one-way-to-say-problem.md). The English titles here are the
/// fallback; <see cref="ProblemDefaults"/> puts the request's language in their place.
/// </summary>
internal static class ProblemCatalogue
{
    public static readonly ProblemKind Invalid = new("invalid", StatusCodes.Status400BadRequest, "The request is not valid.");
    public static readonly ProblemKind SignInFirst = new("sign-in-first", StatusCodes.Status401Unauthorized, "Sign in first.");
    public static readonly ProblemKind Forbidden = new("forbidden", StatusCodes.Status403Forbidden, "Not allowed.");
    public static readonly ProblemKind NotFound = new("not-found", StatusCodes.Status404NotFound, "Not found.");
    public static readonly ProblemKind MethodNotAllowed = new("method-not-allowed", StatusCodes.Status405MethodNotAllowed, "Not a method this address takes.");
    public static readonly ProblemKind Conflict = new("conflict", StatusCodes.Status409Conflict, "In conflict with what is already there.");
    public static readonly ProblemKind Gone = new("gone", StatusCodes.Status410Gone, "No longer kept.");
    public static readonly ProblemKind ChangedFirst = new("changed-first", StatusCodes.Status412PreconditionFailed, "Someone else changed this first.");
    public static readonly ProblemKind TooLarge = new("too-large", StatusCodes.Status413PayloadTooLarge, "Too large.");
    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", StatusCodes.Status415UnsupportedMediaType, "Not a content type this address reads.");
    public static readonly ProblemKind BreaksRule = new("breaks-rule", StatusCodes.Status422UnprocessableEntity, "The change breaks a rule of the procedure.");
    public static readonly ProblemKind VersionRequired = new("version-required", StatusCodes.Status428PreconditionRequired, "Say which version you changed.");
    public static readonly ProblemKind TooManyRequests = new("too-many-requests", StatusCodes.Status429TooManyRequests, "Too many requests.");
    public static readonly ProblemKind Failed = new("failed", StatusCodes.Status500InternalServerError, "Something went wrong on our side.");
    public static readonly ProblemKind Unavailable = new("unavailable", StatusCodes.Status503ServiceUnavailable, "Not available just now.");
    public static readonly ProblemKind StorageOutage = new("storage-outage", StatusCodes.Status503ServiceUnavailable, "Storage is not answering.");

    public static IReadOnlyList<ProblemKind> All { get; } =
    [
        Invalid, SignInFirst, Forbidden, NotFound, MethodNotAllowed, Conflict, Gone, ChangedFirst, TooLarge,
        UnsupportedMediaType, BreaksRule, VersionRequired, TooManyRequests, Failed, Unavailable, StorageOutage,
    ];

    public static ProblemKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind a bare status stands for (the framework's own refusals carry only a status).</summary>
    public static ProblemKind? ForStatus(int status) => All.FirstOrDefault(k => k.Status == status);

}
