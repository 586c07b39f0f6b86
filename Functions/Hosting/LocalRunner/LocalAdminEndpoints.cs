using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// <c>POST /admin/functions/{name}</c> with <c>{"input": "..."}</c>: run a queue or timer function now, as
/// Core Tools offers locally. Answers 202 once the run is over (its outcome is in the log, never in the answer).
/// Exists on a developer's machine, or elsewhere only when <c>LocalRunner:AdminKey</c> is set, and then only for
/// callers sending that key as <c>x-functions-key</c>.
/// </summary>
internal static class LocalAdminEndpoints
{
    public const string KeyHeader = "x-functions-key";

    public static IEndpointRouteBuilder MapLocalTriggerRunner(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var key = services.GetRequiredService<IOptions<LocalRunnerOptions>>().Value.AdminKey;
        var development = services.GetRequiredService<AppEnvironment>().AllowsDevelopmentFeatures;
        if (services.GetService<LocalTriggerRunner>() is null || (!development && string.IsNullOrEmpty(key)))
        {
            return app;
        }

        var endpoint = app.MapPost("/admin/functions/{name}", RunAsync).WithMetadata(new LocalOnlyEndpointAttribute()).DisableAntiforgery();
        if (!string.IsNullOrEmpty(key))
        {
            endpoint.AddEndpointFilter(new AdminKeyFilter(key));
        }

        return app;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RunAsync(
        string name, AdminInvocation? body, LocalTriggerRunner runner, FunctionCatalog catalog, TimeProvider clock, ILogger<LocalTriggerRunner> logger, CancellationToken cancellationToken)
    {
        var function = catalog.Find(name);
        if (function is { Trigger: HttpFunctionTrigger http })
        {
            return Problem.Invalid($"Call HTTP functions by their route: {function.Name} answers at /{http.Route}.");
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
            return Problem.NotFound($"There is no queue or timer function '{name}'.");
        }

        return TypedResults.Accepted((string?)null);
    }

    internal sealed record AdminInvocation(string? Input);

    private sealed class AdminKeyFilter(string key) : IEndpointFilter
    {
        private readonly byte[] _key = System.Text.Encoding.UTF8.GetBytes(key);

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var sent = System.Text.Encoding.UTF8.GetBytes(context.HttpContext.Request.Headers[KeyHeader].ToString());
            if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(sent, _key))
            {
                return Problem.Of(ProblemCatalogue.SignInFirst, $"Running a function needs the key in '{KeyHeader}'.");
            }

            return await next(context);
        }
    }
}
