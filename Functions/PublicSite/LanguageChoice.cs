using Serverless.Feedback.Localization;

namespace Serverless.Feedback.PublicSite;

/// <summary>
/// The language of a public page: an explicit <c>?lang=</c> (remembered in a cookie), else the cookie,
/// else the best match in <c>Accept-Language</c>, else English.
/// </summary>
internal static class LanguageChoice
{
    private const string Cookie = "lang";

    public static Localizer Resolve(HttpContext context)
    {
        var requested = context.Request.Query["lang"].ToString();
        if (IsKnown(requested))
        {
            context.Response.Cookies.Append(Cookie, Texts.Normalise(requested), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Texts.Instance.For(requested);
        }

        if (context.Request.Cookies.TryGetValue(Cookie, out var remembered) && IsKnown(remembered))
        {
            return Texts.Instance.For(remembered);
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(l => l is not null && (l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase)));
        return Texts.Instance.For(accepted ?? Texts.English);
    }

    private static bool IsKnown(string? language) =>
        !string.IsNullOrEmpty(language) && (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en", StringComparison.OrdinalIgnoreCase));
}
