using Serverless.Feedback.Localization;

namespace Serverless.Feedback.PublicSite;

/// <summary>
/// The language of a public page: an explicit <c>?lang=</c> (remembered in a cookie), else what the request asks
/// for (<see cref="RequestLanguage"/>).
/// </summary>
internal static class LanguageChoice
{
    public static Localizer Resolve(HttpContext context)
    {
        var requested = context.Request.Query["lang"].ToString();
        if (RequestLanguage.IsKnown(requested))
        {
            context.Response.Cookies.Append(RequestLanguage.Cookie, Texts.Normalise(requested), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Texts.Instance.For(requested);
        }

        return Texts.Instance.For(RequestLanguage.Of(context.Request));
    }
}
