using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Health;
using Serverless.Feedback.Hosting.Functions;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// The deployment package under a stand-in for the Functions host: the worker connects, indexes exactly the
/// functions of its <c>functions.metadata</c>, loads them, and runs timer and queue invocations with the trigger
/// data the host's extensions send, reporting success or failure as the host needs it for retries and poison queues.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class WorkerTriggerTests(PublishedApp published, ProductionWorker worker) : WorkerTest<ProductionWorker>(published, worker)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Start_Worker_IndexesAndLoadsExactlyTheFunctionsOfItsMetadataFile()
    {
        var declared = FunctionCatalog.Load(Published.Directory).Functions;
        var host = Worker.Host;

        Assert.Equal(
            declared.Select(f => $"{f.Name} → {f.EntryPoint}").Order(StringComparer.Ordinal),
            host.Functions.Select(f => $"{f.Name} → {f.Metadata.EntryPoint}").Order(StringComparer.Ordinal));
        Assert.All(host.Functions, f => Assert.Equal("Serverless.Feedback.Functions.dll", f.Metadata.ScriptFile));
        Assert.Equal(host.Functions.Select(f => f.Metadata.FunctionId).Order(), host.Loads.Select(l => l.FunctionId).Order());
        Assert.All(host.Loads, l => Assert.Equal(StatusResult.Types.Status.Success, l.Result.Status));
        Assert.Equal(
            declared.Select(f => $"{f.Name}: {TriggerType(f.Trigger)}").Order(StringComparer.Ordinal),
            host.Functions.Select(f => $"{f.Name}: {f.TriggerType}").Order(StringComparer.Ordinal));
        Assert.True(Uri.IsWellFormedUriString(host.WorkerHttpUri.ToString(), UriKind.Absolute));
    }

    [Fact]
    public async Task Invoke_HeartbeatTimer_RunsTheFunctionAndRecordsTheBeat()
    {
        var heartbeat = Worker.Direct.Get<HeartbeatStore>();
        var before = await heartbeat.RunsAsync(CancellationToken.None);

        var response = await Worker.Host.InvokeAsync(HeartbeatFunction.Name, TriggerInput.Timer(isPastDue: false), Timeout());

        Assert.True(response.Result.Status == StatusResult.Types.Status.Success, response.Result.Exception?.Message);
        Assert.Equal(before + 1, await heartbeat.RunsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Invoke_IntakeQueueWithASubmission_RegistersTheCase()
    {
        var host = Worker.Host;
        var submission = Complaint("queue.worker@example.com");
        var messageId = Guid.NewGuid().ToString();

        var response = await host.InvokeAsync(
            IntakeQueueFunction.Name,
            TriggerInput.Queue(host.Function(IntakeQueueFunction.Name), messageId, submission.ToJsonString(), dequeueCount: 1, TimeProvider.System.GetUtcNow()),
            Timeout());

        Assert.True(response.Result.Status == StatusResult.Types.Status.Success, response.Result.Exception?.Message);
        await Worker.Direct.SettleAsync();
        var (cases, _) = await Worker.Direct.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        var registered = await Task.WhenAll(cases.Select(c => Worker.Direct.Get<CaseStore>().GetAsync(c.Number, CancellationToken.None)));
        Assert.Contains(registered, c => c?.Case.Customer.Email == "queue.worker@example.com" && c.Case.SubmissionId == "queue-" + messageId);
    }

    [Fact]
    public async Task Invoke_IntakeQueueWithAnInvalidMessage_ReportsAFailedInvocationWithTheException()
    {
        var host = Worker.Host;

        var response = await host.InvokeAsync(
            IntakeQueueFunction.Name,
            TriggerInput.Queue(host.Function(IntakeQueueFunction.Name), Guid.NewGuid().ToString(), """{"kind":"complaint"}""", dequeueCount: 1, TimeProvider.System.GetUtcNow()),
            Timeout());

        // A failure is what makes the host retry the message and finally move it to the poison queue. The worker
        // reports the function's exception as a user exception, wrapped by its invoker, with the message inside.
        Assert.Equal(StatusResult.Types.Status.Failure, response.Result.Status);
        Assert.True(response.Result.Exception.IsUserException);
        Assert.Contains("The submission is not valid: name: required;", response.Result.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_QueueMessageAsPlainText_IsNotBoundToTheQueueMessageParameter()
    {
        var host = Worker.Host;
        var submission = Complaint("text.worker@example.com");
        var asText = TriggerInput.Queue(host.Function(IntakeQueueFunction.Name), Guid.NewGuid().ToString(), submission.ToJsonString(), 1, TimeProvider.System.GetUtcNow())
            with { Value = new TypedData { String = submission.ToJsonString() } };

        var response = await host.InvokeAsync(IntakeQueueFunction.Name, asText, Timeout());

        // A QueueMessage parameter binds only from the storage extension's model binding data.
        Assert.Equal(StatusResult.Types.Status.Failure, response.Result.Status);
        Assert.Equal("Microsoft.Azure.Functions.Worker.FunctionInputConverterException", response.Result.Exception.Type);
        Assert.Contains("to type 'Azure.Storage.Queues.Models.QueueMessage' from type 'System.String'", response.Result.Exception.Message, StringComparison.Ordinal);
    }

    private static string TriggerType(FunctionTrigger trigger) => trigger switch
    {
        HttpFunctionTrigger => "httpTrigger",
        QueueFunctionTrigger => "queueTrigger",
        TimerFunctionTrigger => "timerTrigger",
        _ => "?",
    };

    private static CancellationToken Timeout() => new CancellationTokenSource(Limit).Token;
}
