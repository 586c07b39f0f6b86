using Microsoft.AspNetCore.Http.HttpResults;

namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>Marks endpoints that belong to the custom-handler protocol rather than to an HTTP function.</summary>
internal sealed class HostProtocolEndpointAttribute : Attribute;

/// <summary><c>POST /{FunctionName}</c>: how the Functions host delivers queue and timer invocations.</summary>
internal static class InvocationEndpoints
{
    public static IEndpointRouteBuilder MapFunctionInvocations(this IEndpointRouteBuilder app)
    {
        var invoker = app.ServiceProvider.GetRequiredService<FunctionInvoker>();
        foreach (var registration in invoker.Registrations)
        {
            var name = registration.Name;
            app.MapPost("/" + name, (InvocationRequest request, HttpContext context, CancellationToken cancellationToken) =>
                    InvokeAsync(name, request, context, cancellationToken))
                .WithName("invoke-" + name)
                .WithMetadata(new HostProtocolEndpointAttribute())
                .DisableAntiforgery();
        }

        return app;
    }

    private static async Task<Results<Ok<InvocationResponse>, ProblemHttpResult>> InvokeAsync(
        string name, InvocationRequest request, HttpContext context, CancellationToken cancellationToken)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        var logger = context.RequestServices.GetRequiredService<ILogger<FunctionInvoker>>();
        try
        {
            await invoker.InvokeAsync(name, request, context.RequestServices, cancellationToken);
            return TypedResults.Ok(InvocationResponse.Empty);
        }
        catch (InvalidPayloadException e)
        {
            logger.LogWarning("Refused invocation of {FunctionName}: {Reason}", name, e.Message);
            return TypedResults.Problem(title: "The invocation payload is not usable.", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A non-2xx answer makes the host retry the message (and poison it after maxDequeueCount).
            logger.LogError(e, "Function {FunctionName} failed", name);
            return TypedResults.Problem(title: "The function failed.", detail: e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
