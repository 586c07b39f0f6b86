using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// <c>POST /admin/functions/{name}</c> with <c>{"input": "..."}</c>: run a queue or timer function now, as
/// Core Tools offers locally. Answers 202 once the run is over (its outcome is in the log). Local only.
/// </summary>
internal static class LocalAdminEndpoints
{
    public static IEndpointRouteBuilder MapLocalTriggerRunner(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<LocalTriggerRunner>() is null)
        {
            return app;
        }

        app.MapPost("/admin/functions/{name}", RunAsync).WithMetadata(new LocalOnlyEndpointAttribute()).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RunAsync(
        string name, AdminInvocation? body, LocalTriggerRunner runner, FunctionCatalog catalog, TimeProvider clock, ILogger<LocalTriggerRunner> logger, CancellationToken cancellationToken)
    {
        var function = catalog.Find(name);
        if (function is { Trigger: HttpFunctionTrigger http })
        {
            return TypedResults.Problem(title: "Call HTTP functions by their route.", detail: $"{function.Name} answers at /{http.Route}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var timer = runner.TimerListeners.FirstOrDefault(t => string.Equals(t.FunctionName, name, StringComparison.OrdinalIgnoreCase));
        var queue = runner.QueueListeners.FirstOrDefault(q => string.Equals(q.FunctionName, name, StringComparison.OrdinalIgnoreCase));
        if (timer is not null)
        {
            await timer.RunNowAsync(cancellationToken);
        }
        else if (queue is not null)
        {
            try
            {
                await queue.RunNowAsync(body?.Input ?? "", clock, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{FunctionName} failed when run through the admin endpoint", queue.FunctionName);
            }
        }
        else
        {
            return TypedResults.Problem(title: "No such function.", detail: $"There is no queue or timer function '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Accepted((string?)null);
    }

    internal sealed record AdminInvocation(string? Input);
}
