using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Health;

/// <summary><c>GET /health</c>: the app's version and whether Tables, Queues and Blobs answer (each within 5 s).</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        ITableServiceClient tables, IQueueServiceClient queues, IBlobServiceClient blobs, HeartbeatStore heartbeat, TimeProvider clock, CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            ProbeAsync(tables.PingAsync, cancellationToken),
            ProbeAsync(queues.PingAsync, cancellationToken),
            ProbeAsync(blobs.PingAsync, cancellationToken));
        var lastHeartbeat = checks[0].Status == "ok" ? await heartbeat.LastAsync(cancellationToken) : null;
        var healthy = checks.All(c => c.Status == "ok");
        var report = new HealthReport(
            healthy ? "ok" : "degraded",
            ThisAssembly.Version,
            clock.GetUtcNow(),
            new StorageHealth(checks[0], checks[1], checks[2]),
            lastHeartbeat);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<ServiceHealth> ProbeAsync(Func<CancellationToken, Task> ping, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await ping(timeout.Token);
            return new ServiceHealth("ok", null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ServiceHealth("failed", e is OperationCanceledException ? "No answer within 5 s." : e.Message);
        }
    }
}

internal sealed record HealthReport(string Status, string Version, DateTimeOffset CheckedAt, StorageHealth Storage, DateTimeOffset? LastHeartbeat);

internal sealed record StorageHealth(ServiceHealth Tables, ServiceHealth Queues, ServiceHealth Blobs);

internal sealed record ServiceHealth(string Status, string? Detail);
