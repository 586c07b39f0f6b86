using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Hosting.CustomHandler;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

/// <summary>
/// A throw-away function app layout on disk (host.json and function folders) with test functions behind it,
/// so the runner is exercised exactly as it reads the real app.
/// </summary>
internal sealed class TestFunctionLayout : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sf-layout-" + Guid.NewGuid().ToString("N")[..8]);

    public TestFunctionLayout(string queueName, string schedule = "0 */5 * * * *")
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "host.json"), """
            { "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "app" }, "enableForwardingHttpRequest": true },
              "extensions": { "queues": { "maxDequeueCount": 5, "visibilityTimeout": "00:00:00", "batchSize": 4 } } }
            """);
        Write("AlwaysFails", $$"""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "item", "queueName": "{{queueName}}", "connection": "Storage" } ] }""");
        Write("Counting", $$"""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "item", "queueName": "{{queueName}}-ok", "connection": "Storage" } ] }""");
        Write("Tick", $$"""{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "{{schedule}}", "useMonitor": true } ] }""");
        Catalog = FunctionCatalog.Load(_root);

        var services = new ServiceCollection();
        services.AddSingleton(Calls);
        services.AddQueueFunction<AlwaysFailingFunction>("AlwaysFails");
        services.AddQueueFunction<CountingFunction>("Counting");
        services.AddTimerFunction<TickFunction>("Tick");
        Services = services.BuildServiceProvider();
        Invoker = new FunctionInvoker(Catalog, Services.GetServices<TriggeredFunctionRegistration>(), NullLogger<FunctionInvoker>.Instance);
    }

    public FunctionCatalog Catalog { get; }

    public ServiceProvider Services { get; }

    public FunctionInvoker Invoker { get; }

    public CallLog Calls { get; } = new();

    public FunctionDefinition Function(string name) => Catalog.Find(name)!;

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private void Write(string function, string json)
    {
        Directory.CreateDirectory(Path.Combine(_root, function));
        File.WriteAllText(Path.Combine(_root, function, "function.json"), json);
    }

    /// <summary>What the test functions saw, in order.</summary>
    internal sealed class CallLog
    {
        private readonly List<string> _calls = [];

        public IReadOnlyList<string> All
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public void Add(string call)
        {
            lock (_calls)
            {
                _calls.Add(call);
            }
        }
    }

    private sealed class AlwaysFailingFunction(CallLog calls) : IQueueFunction
    {
        public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
        {
            calls.Add($"fail:{invocation.MessageText}:{invocation.Metadata.DequeueCount}");
            throw new InvalidOperationException("This function always fails.");
        }
    }

    private sealed class CountingFunction(CallLog calls) : IQueueFunction
    {
        public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
        {
            calls.Add($"ok:{invocation.MessageText}");
            return Task.CompletedTask;
        }
    }

    private sealed class TickFunction(CallLog calls) : ITimerFunction
    {
        public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
        {
            calls.Add($"tick:{invocation.Timer.IsPastDue}");
            return Task.CompletedTask;
        }
    }
}
