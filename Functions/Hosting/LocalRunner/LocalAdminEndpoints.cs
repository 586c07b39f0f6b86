using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Hosting.CustomHandler;
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
        string name, AdminInvocation? body, LocalTriggerRunner runner, FunctionCatalog catalog, FunctionInvoker invoker, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var function = catalog.Find(name);
        if (function is { Trigger: HttpFunctionTrigger http })
        {
            return TypedResults.Problem(title: "Call HTTP functions by their route.", detail: $"{function.Name} answers at /{http.Route}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (function is null || !invoker.IsRegistered(function.Name))
        {
            return TypedResults.Problem(title: "No such function.", detail: $"There is no queue or timer function '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        switch (function.Trigger)
        {
            case TimerFunctionTrigger:
                await runner.TimerListeners.First(t => t.FunctionName == function.Name).RunNowAsync(cancellationToken);
                break;
            case QueueFunctionTrigger queue:
                var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
                var request = new InvocationRequest(
                    new Dictionary<string, JsonElement> { [queue.BindingName] = JsonSerializer.SerializeToElement(body?.Input ?? "") },
                    new Dictionary<string, JsonElement>
                    {
                        ["DequeueCount"] = JsonSerializer.SerializeToElement(1),
                        ["Id"] = JsonSerializer.SerializeToElement(Guid.NewGuid().ToString()),
                        ["InsertionTime"] = JsonSerializer.SerializeToElement(now),
                        ["sys"] = SystemMetadata.For(function.Name, clock),
                    });
                await using (var scope = services.CreateAsyncScope())
                {
                    try
                    {
                        await invoker.InvokeAsync(function.Name, request, scope.ServiceProvider, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        services.GetRequiredService<ILogger<LocalTriggerRunner>>().LogError(e, "{FunctionName} failed when run through the admin endpoint", function.Name);
                    }
                }

                break;
            default:
                return TypedResults.Problem(title: "Unknown trigger.", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Accepted((string?)null);
    }

    internal sealed record AdminInvocation(string? Input);
}
