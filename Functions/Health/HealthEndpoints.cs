using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serverless.Feedback.Hosting;

namespace Serverless.Feedback.Health;

/// <summary><c>GET /health</c>: the app's version, whether Tables, Queues and Blobs answer, and when the heartbeat timer last ran.</summary>
internal static class HealthEndpoints
{
    public const string StorageTag = "storage";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(StorageTag),
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(new HttpMethodMetadata(["GET"]));
        return app;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var services = context.RequestServices;
        var checks = report.Entries.ToDictionary(e => e.Key, e => new ServiceHealth(e.Value.Status == HealthStatus.Healthy ? "ok" : "failed", e.Value.Description));
        var lastHeartbeat = report.Entries.TryGetValue("tables", out var tables) && tables.Status == HealthStatus.Healthy
            ? await services.GetRequiredService<HeartbeatStore>().LastAsync(context.RequestAborted)
            : null;
        var body = new HealthBody(
            report.Status == HealthStatus.Healthy ? "ok" : "degraded",
            ThisAssembly.Version,
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            new StorageHealth(checks["tables"], checks["queues"], checks["blobs"]),
            lastHeartbeat);
        context.Response.Headers.CacheControl = "no-store";
        var json = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await JsonSerializer.SerializeAsync(context.Response.Body, body, json, context.RequestAborted);
    }

    private sealed record HealthBody(string Status, string Version, DateTimeOffset CheckedAt, StorageHealth Storage, DateTimeOffset? LastHeartbeat);

    private sealed record StorageHealth(ServiceHealth Tables, ServiceHealth Queues, ServiceHealth Blobs);

    private sealed record ServiceHealth(string Status, string? Detail);
}
