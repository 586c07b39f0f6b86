using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Serverless.Feedback.Health;

/// <summary>
/// One storage service answers an authenticated read within the time allowed. A failure is reported without the
/// exception's text (the health endpoint is anonymous); the exception goes to the log only.
/// </summary>
internal sealed class StorageHealthCheck(Func<CancellationToken, Task> ping, TimeProvider clock, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(Timeout, clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await ping(timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Health check {Check} failed", context.Registration.Name);
            return HealthCheckResult.Unhealthy(e is OperationCanceledException ? "No answer within 5 s." : "The service did not answer or refused the request.");
        }
    }
}
