using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.Telemetry;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>Runs one invocation of a function in its own service scope and trace, as the worker does under the host.</summary>
internal sealed class LocalFunctionInvoker(IServiceScopeFactory scopes)
{
    public async Task InvokeAsync(FunctionMethod function, Func<Type, object?> trigger, string invocationId, CancellationToken cancellationToken)
    {
        using var activity = FunctionTelemetry.StartInvocation(function.Definition, invocationId);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await function.InvokeAsync(scope.ServiceProvider, trigger, cancellationToken);
        }
        catch (Exception e)
        {
            FunctionTelemetry.Failed(activity, e);
            throw;
        }
    }
}
