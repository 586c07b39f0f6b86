using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Serverless.Feedback.Hosting.Telemetry;

namespace Serverless.Feedback.Hosting.Worker;

/// <summary>
/// The app as the Azure Functions isolated worker: the host starts this process with the address of its gRPC
/// endpoint, loads the functions the SDK generated from the <c>[Function]</c> methods, triggers queues and
/// timers itself, and proxies HTTP requests to the worker's ASP.NET Core server.
/// </summary>
internal static class FunctionsWorker
{
    /// <summary>The configuration key the worker reads the host's gRPC address from.</summary>
    public const string HostEndpointSetting = "Functions:Worker:HostEndpoint";

    /// <summary>Whether the Functions host started this process (it passes <c>--functions-uri</c>).</summary>
    public static bool IsStartedByHost(string[] args) =>
        args.Any(a => a.StartsWith("--functions-uri", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HostEndpointSetting.Replace(":", "__", StringComparison.Ordinal)));

    /// <summary>
    /// ASP.NET Core integration for HTTP functions, the app's pipeline for them to hand requests to, and a trace
    /// around every queue and timer invocation.
    /// </summary>
    public static FunctionsApplicationBuilder AddFunctionsWorker(this FunctionsApplicationBuilder builder, Action<IApplicationBuilder> configurePipeline)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<InvocationTelemetryMiddleware>();
        if (!string.IsNullOrEmpty(builder.Configuration[TelemetryExtensions.ConnectionStringSetting]))
        {
            // Joins the host's trace of each invocation (host.json "telemetryMode": "OpenTelemetry").
            builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        }

        builder.Services.AddSingleton(services => new AppPipeline(services, configurePipeline));
        builder.Services.AddHostedService<AppPipelineWarmUp>();
        return builder;
    }

    private sealed class AppPipelineWarmUp(AppPipeline pipeline) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            pipeline.EnsureBuilt();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
