namespace Serverless.Feedback.Hosting.Functions;

/// <summary>One function as the worker SDK wrote it into <c>functions.metadata</c>.</summary>
/// <param name="EntryPoint">The method the host calls, <c>Namespace.Type.Method</c>.</param>
internal sealed record FunctionDefinition(string Name, string EntryPoint, FunctionTrigger Trigger);

/// <summary>The trigger binding of a function; <see cref="BindingName"/> is its parameter's name.</summary>
internal abstract record FunctionTrigger(string BindingName);

internal sealed record HttpFunctionTrigger(string BindingName, string Route, IReadOnlyList<string> Methods, string AuthLevel)
    : FunctionTrigger(BindingName);

internal sealed record QueueFunctionTrigger(string BindingName, string QueueName, string Connection)
    : FunctionTrigger(BindingName);

internal sealed record TimerFunctionTrigger(string BindingName, string Schedule, bool RunOnStartup, bool UseMonitor)
    : FunctionTrigger(BindingName);

/// <summary>The parts of <c>host.json</c> the app and the local runner honour.</summary>
internal sealed record HostSettings(string HttpRoutePrefix, QueueSettings Queues);

/// <summary>Queue trigger settings with the Functions host's defaults.</summary>
internal sealed record QueueSettings(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize, TimeSpan MaxPollingInterval)
{
    public static QueueSettings Default { get; } = new(5, TimeSpan.Zero, 16, TimeSpan.FromMinutes(1));
}
