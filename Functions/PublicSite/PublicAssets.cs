using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Serverless.Feedback.PublicSite;

/// <summary>
/// The public pages' stylesheet and icon, served from the app itself so the Content-Security-Policy can forbid
/// inline styles (docs/adr/0018-security-headers.md) and no page asks for a missing /favicon.ico. Each address
/// carries a hash of the content, so a file is cached for good and a new version is fetched at once.
/// </summary>
internal static class PublicAssets
{
    // Under the feedback form's address, which the Functions host already routes to the app.
    private const string Folder = "/feedback/";

    private static readonly Lazy<FrozenDictionary<string, Asset>> Assets = new(() => new[]
    {
        Load("site.css", "text/css; charset=utf-8"),
        Load("favicon.svg", "image/svg+xml"),
    }.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal));

    public static string StylesheetUrl => Assets.Value["site.css"].Url;

    public static string IconUrl => Assets.Value["favicon.svg"].Url;

    public static IEndpointRouteBuilder MapPublicAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(Folder + "site.css", (HttpContext http) => Serve(http, "site.css")).ExcludeFromDescription();
        app.MapGet(Folder + "favicon.svg", (HttpContext http) => Serve(http, "favicon.svg")).ExcludeFromDescription();
        return app;
    }

    private static FileContentHttpResult Serve(HttpContext http, string name)
    {
        var asset = Assets.Value[name];
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.File(asset.Content, asset.ContentType);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(PublicAssets).Assembly.GetManifestResourceStream("Serverless.Feedback.PublicSite." + name)
            ?? throw new InvalidOperationException($"The public file {name} is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new(name, contentType, content, Folder + name + "?v=" + Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
    }

    private sealed record Asset(string Name, string ContentType, byte[] Content, string Url);
}
