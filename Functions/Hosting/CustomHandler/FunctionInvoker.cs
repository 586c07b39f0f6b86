using Serverless.Feedback.Hosting.Catalog;

namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>
/// Runs a queue or timer function for an invocation payload. The <c>POST /{FunctionName}</c> endpoints
/// (called by the Functions host) and the local trigger runner both come through here.
/// </summary>
internal sealed class FunctionInvoker(FunctionCatalog catalog, IEnumerable<TriggeredFunctionRegistration> registrations, ILogger<FunctionInvoker> logger)
{
    private readonly Dictionary<string, TriggeredFunctionRegistration> _registrations =
        registrations.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<TriggeredFunctionRegistration> Registrations => _registrations.Values;

    public bool IsRegistered(string name) => _registrations.ContainsKey(name);

    public async Task InvokeAsync(string name, InvocationRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!_registrations.TryGetValue(name, out var registration))
        {
            throw new InvalidPayloadException($"No queue or timer function is named '{name}'.");
        }

        var definition = catalog.Find(registration.Name)
            ?? throw new InvalidOperationException($"Function '{registration.Name}' has no function.json.");
        var function = services.GetRequiredService(registration.Implementation);
        switch (definition.Trigger, function)
        {
            case (QueueFunctionTrigger trigger, IQueueFunction queueFunction):
                var message = PayloadReader.ReadQueue(definition.Name, trigger.BindingName, request);
                logger.LogInformation("Running {FunctionName} for message {MessageId}, attempt {DequeueCount}", definition.Name, message.Metadata.Id, message.Metadata.DequeueCount);
                await queueFunction.RunAsync(message, cancellationToken);
                break;
            case (TimerFunctionTrigger trigger, ITimerFunction timerFunction):
                var tick = PayloadReader.ReadTimer(definition.Name, trigger.BindingName, request);
                logger.LogInformation("Running {FunctionName}, past due {IsPastDue}", definition.Name, tick.Timer.IsPastDue);
                await timerFunction.RunAsync(tick, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Function '{definition.Name}' is registered as {registration.Kind} but function.json declares {definition.Trigger.GetType().Name}.");
        }
    }
}
