namespace Serverless.Feedback.Hosting.Problems;

/// <summary>
/// One kind of refusal: its status, the stable <c>type</c> a client can branch on (RFC 9457 §3.1.1), and the key of
/// its title in the interface texts. The detail says what to do about this one refusal.
/// </summary>
internal sealed record ProblemKind(string Name, int Status, string Title)
{
    private const string TypePrefix = "tag:serverless.feedback,2026:problem:";

    /// <summary>A tag URI: it names the kind for good and is not meant to be fetched.</summary>
    public string Type => TypePrefix + Name;

    public string TitleKey => "problem." + Name;

    public static string? NameOf(string? type) =>
        type is not null && type.StartsWith(TypePrefix, StringComparison.Ordinal) ? type[TypePrefix.Length..] : null;
}
