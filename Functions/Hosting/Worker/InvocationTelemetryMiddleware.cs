using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Serverless.Feedback.Hosting.Telemetry;

namespace Serverless.Feedback.Hosting.Worker;

/// <summary>Traces each queue and timer invocation under the Functions host the way the local runner does.</summary>
internal sealed class InvocationTelemetryMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var trigger = context.FunctionDefinition.InputBindings.Values.FirstOrDefault(b => b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase))?.Type;
        if (trigger is null || trigger.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase))
        {
            // Requests are traced by ASP.NET Core itself.
            await next(context);
            return;
        }

        using var activity = FunctionTelemetry.StartInvocation(context.FunctionDefinition.Name, trigger, context.InvocationId);
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            FunctionTelemetry.Failed(activity, e);
            throw;
        }
    }
}
