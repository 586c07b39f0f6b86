namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>A queue-triggered function. Throwing fails the invocation, so the message is retried and finally poisoned.</summary>
internal interface IQueueFunction
{
    Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>A timer-triggered function.</summary>
internal interface ITimerFunction
{
    Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken);
}

internal enum TriggerKind
{
    Queue,
    Timer,
}

/// <summary>Binds a function name from <c>function.json</c> to the class that runs it.</summary>
internal sealed record TriggeredFunctionRegistration(string Name, Type Implementation, TriggerKind Kind);

internal static class TriggeredFunctionServiceCollectionExtensions
{
    public static IServiceCollection AddQueueFunction<TFunction>(this IServiceCollection services, string name)
        where TFunction : class, IQueueFunction
    {
        services.AddScoped<TFunction>();
        services.AddSingleton(new TriggeredFunctionRegistration(name, typeof(TFunction), TriggerKind.Queue));
        return services;
    }

    public static IServiceCollection AddTimerFunction<TFunction>(this IServiceCollection services, string name)
        where TFunction : class, ITimerFunction
    {
        services.AddScoped<TFunction>();
        services.AddSingleton(new TriggeredFunctionRegistration(name, typeof(TFunction), TriggerKind.Timer));
        return services;
    }
}
