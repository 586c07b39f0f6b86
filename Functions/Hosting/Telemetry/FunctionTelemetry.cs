using System.Diagnostics;
using Serverless.Feedback.Hosting.Functions;

namespace Serverless.Feedback.Hosting.Telemetry;

/// <summary>
/// The trace of each queue and timer invocation, under the Functions host and in the local runner alike, named
/// and tagged after the OpenTelemetry conventions for functions-as-a-service.
/// </summary>
internal static class FunctionTelemetry
{
    public const string SourceName = "Serverless.Feedback.Functions";

    private static readonly ActivitySource Source = new(SourceName, ThisAssembly.Version);

    public static Activity? StartInvocation(string functionName, string triggerType, string? invocationId = null)
    {
        var trigger = triggerType.StartsWith("queue", StringComparison.OrdinalIgnoreCase) ? "pubsub"
            : triggerType.StartsWith("timer", StringComparison.OrdinalIgnoreCase) ? "timer"
            : "other";
        var activity = Source.StartActivity(functionName, trigger == "pubsub" ? ActivityKind.Consumer : ActivityKind.Internal);
        activity?.SetTag("faas.name", functionName);
        activity?.SetTag("faas.trigger", trigger);
        activity?.SetTag("faas.invocation_id", invocationId);
        return activity;
    }

    public static Activity? StartInvocation(FunctionDefinition function, string? invocationId = null) =>
        StartInvocation(function.Name, function.Trigger is QueueFunctionTrigger ? "queueTrigger" : "timerTrigger", invocationId);

    /// <summary>Marks the invocation failed with the exception's type only: messages may carry personal data.</summary>
    public static void Failed(Activity? activity, Exception exception)
    {
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity?.SetTag("error.type", exception.GetType().FullName);
    }
}
