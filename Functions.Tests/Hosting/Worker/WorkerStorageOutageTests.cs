using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// Storage does not answer: the app's exception handler turns the failure into a 503 the client may repeat, with
/// Retry-After and the app's problem details, under the Functions host as when the app is its own host. The
/// invocation itself succeeds, since the app answered; the worker's own error handling never sees the failure.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class WorkerStorageOutageTests(PublishedApp published, StorageOutageWorker worker) : WorkerTest<StorageOutageWorker>(published, worker)
{
    [Fact]
    public async Task PostIntake_StorageNotAnswering_Answers503WithRetryAfterAsDirectly()
    {
        var submission = Complaint("outage.worker@example.com");

        var viaHost = await Worker.Client().PostAsJsonAsync("/api/intake", submission);
        var direct = await Worker.Direct.Anonymous().PostAsJsonAsync("/api/intake", submission);

        var problem = await WorkerHttpTests.ProblemAsync(viaHost, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(await WorkerHttpTests.ProblemAsync(direct, HttpStatusCode.ServiceUnavailable), problem);
        Assert.Equal("Storage is not answering.", (string?)JsonNode.Parse(problem)?["title"]);
        Assert.NotNull(viaHost.Headers.RetryAfter?.Delta);
        Assert.Equal(direct.Headers.RetryAfter?.Delta, viaHost.Headers.RetryAfter?.Delta);
        Assert.Contains(Worker.Host.HttpInvocations, i => i.Function == "IntakeApi" && i.Response.Result.Status == StatusResult.Types.Status.Success);
    }

}
