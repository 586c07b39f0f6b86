using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Serverless.Feedback.Hosting.Problems;

namespace Serverless.Feedback.StaffConsole;

/// <summary>
/// Serves the staff console (a Vite build in wwwroot/console) under <c>/console</c>. Functions reserves
/// <c>/admin</c>, so the console lives here. Unknown paths fall back to index.html for client-side routing.
/// </summary>
internal static class ConsoleEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/{*path}", ServeConsoleFile);
        return app;
    }

    private static Results<FileStreamHttpResult, RedirectHttpResult, ProblemHttpResult> ServeConsoleFile(
        string? path, IWebHostEnvironment environment, HttpContext context)
    {
        // Relative asset URLs in index.html only resolve under "/console/".
        if (!context.Request.Path.Value!.EndsWith('/') && string.IsNullOrEmpty(path))
        {
            return TypedResults.Redirect("/console/");
        }

        var files = environment.WebRootFileProvider;
        var requested = "console/" + (path ?? "");
        var file = string.IsNullOrEmpty(path) || path.EndsWith('/') ? null : files.GetFileInfo(requested);
        var isAsset = file is { Exists: true, IsDirectory: false };
        if (!isAsset && Path.HasExtension(path))
        {
            // A missing script or image is a real 404, not the app shell.
            return Problem.NotFound($"There is no console file '{path}'.");
        }

        if (!isAsset)
        {
            file = files.GetFileInfo("console/index.html");
            if (!file.Exists)
            {
                return Problem.Of(ProblemCatalogue.Unavailable, "The console has not been built: run 'npm ci && npm run console:build' in the repository root (the run and test commands do).");
            }
        }

        // Vite fingerprints everything under assets/, so those can be cached for good; the shell never is.
        context.Response.Headers.CacheControl = requested.StartsWith("console/assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var name = file!.Name;
        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return TypedResults.Stream(file.CreateReadStream(), contentType, lastModified: file.LastModified);
    }
}
