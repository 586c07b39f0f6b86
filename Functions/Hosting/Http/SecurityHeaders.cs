using Microsoft.Extensions.Options;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.Hosting.Http;

/// <summary>
/// Headers every answer carries (docs/adr/0018). Pages may run only the app's own scripts and styles and may not be
/// framed; no referrer leaves the site (tracking and survey addresses carry their token in the path; within the site
/// the browser needs it to send a real Origin, which the CSRF check reads); nothing a staff
/// member or a customer reads is kept in a cache unless the endpoint chose otherwise, and the staff API never is.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<PublicSiteOptions> publicSite)
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Answers that are not pages (JSON, files) run nothing and are never framed.</summary>
    public const string OtherPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The development tools' pages style themselves inline; they exist only on a developer's machine.</summary>
    private const string DevelopmentPagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly bool _publicAddressIsHttps = publicSite.Value.BaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var isPage = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        // A 304 carries no content type, and its headers replace the cached answer's: a policy for "not a page" there
        // would stop the cached page's own scripts. It keeps the policy it was first sent with.
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy) && context.Response.StatusCode != StatusCodes.Status304NotModified)
        {
            headers.ContentSecurityPolicy = !isPage ? OtherPolicy
                : context.Request.Path.StartsWithSegments("/dev") ? DevelopmentPagePolicy
                : PagePolicy;
        }

        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        if (context.Request.IsHttps || _publicAddressIsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000";
        }

        if (context.Request.Path.StartsWithSegments("/api/staff") || string.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "no-store";
        }
    }
}
