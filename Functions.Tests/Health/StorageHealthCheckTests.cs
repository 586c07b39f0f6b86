using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Health;

namespace Serverless.Feedback.Tests.Health;

/// <summary>The check's time limit runs on the app's clock: only the clock, never a busy machine, makes it fire.</summary>
public sealed class StorageHealthCheckTests
{
    private static readonly HealthCheckContext Context = new()
    {
        Registration = new HealthCheckRegistration("tables", _ => throw new InvalidOperationException(), null, null),
    };

    [Fact]
    public async Task CheckHealthAsync_NoAnswerUntilTheClockPassesTheLimit_IsUnhealthyWithoutTheReason()
    {
        var clock = new FakeTimeProvider();
        var never = new TaskCompletionSource();
        var check = new StorageHealthCheck(_ => never.Task, clock, NullLogger<StorageHealthCheck>.Instance);

        var checking = check.CheckHealthAsync(Context);
        clock.Advance(StorageHealthCheck.Timeout - TimeSpan.FromMilliseconds(1));
        Assert.False(checking.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var result = await checking;

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("No answer within 5 s.", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_SlowAnswerWhileTheClockStands_IsHealthy()
    {
        var clock = new FakeTimeProvider();
        var answer = new TaskCompletionSource();
        var check = new StorageHealthCheck(_ => answer.Task, clock, NullLogger<StorageHealthCheck>.Instance);

        var checking = check.CheckHealthAsync(Context);
        Assert.False(checking.IsCompleted);
        answer.SetResult();

        Assert.Equal(HealthStatus.Healthy, (await checking).Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ServiceRefuses_IsUnhealthyWithAGenericReason()
    {
        var check = new StorageHealthCheck(_ => Task.FromException(new HttpRequestException("refused by 10.0.0.1")), new FakeTimeProvider(), NullLogger<StorageHealthCheck>.Instance);

        var result = await check.CheckHealthAsync(Context);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The service did not answer or refused the request.", result.Description);
    }
}
