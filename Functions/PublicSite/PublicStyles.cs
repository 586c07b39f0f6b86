using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Serverless.Feedback.PublicSite;

/// <summary>
/// The public pages' stylesheet, served from the app itself so the Content-Security-Policy can forbid inline styles.
/// Its address carries a hash of its content, so it is cached for good and a new version is fetched at once.
/// </summary>
internal static class PublicStyles
{
    private static readonly Lazy<(byte[] Content, string Url)> Loaded = new(Load);

    public static string Url => Loaded.Value.Url;

    public static IEndpointRouteBuilder MapPublicStyles(this IEndpointRouteBuilder app)
    {
        // Under the feedback form's address, which the Functions host already routes to the app.
        app.MapGet("/feedback/site.css", Serve).ExcludeFromDescription();
        return app;
    }

    private static FileContentHttpResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.File(Loaded.Value.Content, "text/css; charset=utf-8");
    }

    private static (byte[] Content, string Url) Load()
    {
        using var stream = typeof(PublicStyles).Assembly.GetManifestResourceStream("Serverless.Feedback.PublicSite.site.css")
            ?? throw new InvalidOperationException("The public stylesheet is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return (content, "/feedback/site.css?v=" + Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
    }
}
