namespace Serverless.Feedback.Hosting.Catalog;

/// <summary>One function as its <c>function.json</c> declares it.</summary>
internal sealed record FunctionDefinition(string Name, FunctionTrigger Trigger);

/// <summary>The trigger binding of a function; <see cref="BindingName"/> is the key under <c>Data</c> in invocations.</summary>
internal abstract record FunctionTrigger(string BindingName);

internal sealed record HttpFunctionTrigger(string BindingName, string Route, IReadOnlyList<string> Methods, string AuthLevel)
    : FunctionTrigger(BindingName);

internal sealed record QueueFunctionTrigger(string BindingName, string QueueName, string Connection)
    : FunctionTrigger(BindingName);

internal sealed record TimerFunctionTrigger(string BindingName, string Schedule, bool RunOnStartup, bool UseMonitor)
    : FunctionTrigger(BindingName);

/// <summary>The parts of <c>host.json</c> the app and the local runner honour.</summary>
internal sealed record HostSettings(
    string? DefaultExecutablePath,
    bool EnableForwardingHttpRequest,
    string HttpRoutePrefix,
    QueueSettings Queues);

/// <summary>Queue trigger settings with the Functions host's defaults.</summary>
internal sealed record QueueSettings(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize, TimeSpan MaxPollingInterval)
{
    public static QueueSettings Default { get; } = new(5, TimeSpan.Zero, 16, TimeSpan.FromMinutes(1));
}
