using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Hosting.CustomHandler;

namespace Serverless.Feedback.Hosting;

internal static class FunctionHostExtensions
{
    /// <summary>
    /// Makes the app an Azure Functions custom handler: listen where the host says, know the functions
    /// from the same function.json files the host reads, and dispatch queue and timer invocations.
    /// </summary>
    public static WebApplicationBuilder AddFunctionsCustomHandler(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        if (!string.IsNullOrEmpty(port))
        {
            // The host forwards to loopback only; nothing else should reach the worker directly.
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Services.AddSingleton<AppEnvironment>();
        builder.Services.AddSingleton(_ => FunctionCatalog.Load(AppContext.BaseDirectory));
        builder.Services.AddSingleton<FunctionInvoker>();
        return builder;
    }

    /// <summary><c>GET /</c>: answers the host's readiness ping and points a person at the real pages.</summary>
    public static IEndpointRouteBuilder MapRoot(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Ok(new RootInfo("Serverless.Feedback", ThisAssembly.Version, "/feedback", "/console/", "/health")))
            .WithMetadata(new HostProtocolEndpointAttribute());
        return app;
    }

    private sealed record RootInfo(string Name, string Version, string Feedback, string Console, string Health);
}
