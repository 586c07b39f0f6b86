using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Hosting.LocalRunner;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

/// <summary>
/// A throw-away function app layout on disk (host.json and a functions.metadata in the SDK's shape) with
/// <c>[Function]</c> methods behind it, so the runner is exercised exactly as it reads the real app.
/// </summary>
internal sealed class TestFunctionLayout : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sf-layout-" + Guid.NewGuid().ToString("N")[..8]);

    public TestFunctionLayout(string queueName, string schedule = "0 */5 * * * *")
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "host.json"), """
            { "version": "2.0", "extensions": { "queues": { "maxDequeueCount": 5, "visibilityTimeout": "00:00:00", "batchSize": 4 } } }
            """);
        var type = typeof(TestFunctions).FullName;
        File.WriteAllText(Path.Combine(_root, FunctionCatalog.MetadataFileName), $$"""
            [
              { "name": "AlwaysFails", "scriptFile": "tests.dll", "entryPoint": "{{type}}.FailAsync", "language": "dotnet-isolated",
                "bindings": [ { "name": "item", "direction": "In", "type": "queueTrigger", "queueName": "{{queueName}}", "connection": "Storage" } ] },
              { "name": "Counting", "scriptFile": "tests.dll", "entryPoint": "{{type}}.CountAsync", "language": "dotnet-isolated",
                "bindings": [ { "name": "item", "direction": "In", "type": "queueTrigger", "queueName": "{{queueName}}-ok", "connection": "Storage" } ] },
              { "name": "Tick", "scriptFile": "tests.dll", "entryPoint": "{{type}}.Tick", "language": "dotnet-isolated",
                "bindings": [ { "name": "timer", "direction": "In", "type": "timerTrigger", "schedule": "{{schedule}}" } ] }
            ]
            """);
        Catalog = FunctionCatalog.Load(_root);

        var services = new ServiceCollection();
        services.AddSingleton(Calls);
        Services = services.BuildServiceProvider();
        Invoker = new LocalFunctionInvoker(Services.GetRequiredService<IServiceScopeFactory>());
    }

    public FunctionCatalog Catalog { get; }

    public ServiceProvider Services { get; }

    public LocalFunctionInvoker Invoker { get; }

    public CallLog Calls { get; } = new();

    public FunctionMethod Function(string name) => FunctionMethod.Resolve(Catalog.Find(name)!, typeof(TestFunctionLayout).Assembly);

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(_root, recursive: true);
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

    private sealed class TestFunctions(CallLog calls)
    {
        [Function("AlwaysFails")]
        public Task FailAsync([QueueTrigger("%unused%")] QueueMessage item, CancellationToken cancellationToken)
        {
            calls.Add($"fail:{item.Body}:{item.DequeueCount}");
            throw new InvalidOperationException("This function always fails.");
        }

        [Function("Counting")]
        public Task CountAsync([QueueTrigger("%unused%")] string item)
        {
            calls.Add($"ok:{item}");
            return Task.CompletedTask;
        }

        [Function("Tick")]
        public void Tick([TimerTrigger("%unused%")] TimerInfo timer) => calls.Add($"tick:{timer.IsPastDue}");
    }
}
