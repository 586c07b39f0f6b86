using System.Globalization;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Feedback.Hosting.Functions;

/// <summary>
/// The <c>[Function]</c> method behind a catalog entry, called the way the isolated worker calls it: an instance
/// made by <see cref="ActivatorUtilities"/> from the invocation's scope, then the method with the trigger's value
/// and the invocation's <see cref="CancellationToken"/>. Functions that ask for anything else (a
/// <see cref="FunctionContext"/>, output bindings) exist only under the host, so they are refused here, when the
/// app starts, rather than at the first tick.
/// </summary>
internal sealed class FunctionMethod
{
    private readonly MethodInfo _method;
    private readonly ParameterInfo _trigger;

    private FunctionMethod(FunctionDefinition definition, MethodInfo method, ParameterInfo trigger)
    {
        Definition = definition;
        _method = method;
        _trigger = trigger;
    }

    public FunctionDefinition Definition { get; }

    public Type DeclaringType => _method.DeclaringType!;

    /// <summary>The type the trigger's value is bound to (a <c>TimerInfo</c>, a <c>QueueMessage</c>, a string…).</summary>
    public Type TriggerType => _trigger.ParameterType;

    /// <exception cref="FunctionCatalogException">The entry point does not name a method this runner can call.</exception>
    public static FunctionMethod Resolve(FunctionDefinition definition, Assembly assembly)
    {
        var separator = definition.EntryPoint.LastIndexOf('.');
        var type = separator > 0 ? assembly.GetType(definition.EntryPoint[..separator]) : null;
        var methodName = definition.EntryPoint[(separator + 1)..];
        var method = type?.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SingleOrDefault(m => m.Name == methodName && m.GetCustomAttribute<FunctionAttribute>()?.Name == definition.Name);
        if (method is null)
        {
            throw Problem(definition, $"its entry point {definition.EntryPoint} is not a [Function(\"{definition.Name}\")] method of {assembly.GetName().Name}");
        }

        ParameterInfo? trigger = null;
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            if (parameter.Name != definition.Trigger.BindingName || trigger is not null)
            {
                throw Problem(definition, $"its parameter '{parameter.Name}' ({parameter.ParameterType.Name}) is neither the trigger nor a CancellationToken; a FunctionContext or further bindings exist only under the Functions host, so keep [Function] methods thin");
            }

            trigger = parameter;
        }

        return new FunctionMethod(definition, method, trigger ?? throw Problem(definition, $"it has no parameter '{definition.Trigger.BindingName}' for its trigger"));
    }

    /// <summary>Runs the function; an exception it throws comes out unwrapped, as under the host.</summary>
    /// <param name="trigger">Gives the trigger's value as the type the method asks for (<see cref="TriggerType"/>).</param>
    public async Task InvokeAsync(IServiceProvider services, Func<Type, object?> trigger, CancellationToken cancellationToken)
    {
        var target = _method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, DeclaringType);
        var arguments = _method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : trigger(_trigger.ParameterType))
            .ToArray();
        try
        {
            var result = _method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, CultureInfo.InvariantCulture);
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case ValueTask valueTask:
                    await valueTask;
                    break;
            }
        }
        finally
        {
            switch (target)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static FunctionCatalogException Problem(FunctionDefinition definition, string reason) =>
        new([$"{definition.Name}: {reason}."]);
}
