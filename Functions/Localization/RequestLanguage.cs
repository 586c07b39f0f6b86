namespace Serverless.Feedback.Localization;

/// <summary>
/// The language a request asks for without saying it in the address: the remembered <c>lang</c> cookie, else the
/// best match in <c>Accept-Language</c>, else English.
/// </summary>
internal static class RequestLanguage
{
    public const string Cookie = "lang";

    public static string Of(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(Cookie, out var remembered) && IsKnown(remembered))
        {
            return Texts.Normalise(remembered);
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(IsKnown);
        return Texts.Normalise(accepted ?? Texts.English);
    }

    public static bool IsKnown(string? language) =>
        !string.IsNullOrEmpty(language) && (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en", StringComparison.OrdinalIgnoreCase));
}
