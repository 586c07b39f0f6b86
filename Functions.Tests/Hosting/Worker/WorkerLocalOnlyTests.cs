using System.Net;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// The development sign-in and the local trigger runner's admin endpoint exist only where the app is its own host:
/// under the Functions host no function routes them, so even a worker in Development with the sign-in switched on
/// never sees such a request, while the app in process serves both.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class WorkerLocalOnlyTests(PublishedApp published, DevelopmentWorker worker) : WorkerTest<DevelopmentWorker>(published, worker)
{
    [Fact]
    public async Task GetDevSignIn_UnderTheHost_IsNotRoutedToTheWorker()
    {
        var invocations = Worker.Host.HttpInvocations.Count;

        var viaHost = await Worker.Client().GetAsync("/dev/sign-in");
        var direct = await Worker.Direct.Anonymous().GetAsync("/dev/sign-in");

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaHost.StatusCode);
        Assert.Equal("", await viaHost.Content.ReadAsStringAsync());
        Assert.Equal(invocations, Worker.Host.HttpInvocations.Count);
    }

    [Fact]
    public async Task PostAdminFunction_UnderTheHost_IsNotRoutedToTheWorker()
    {
        var invocations = Worker.Host.HttpInvocations.Count;

        var viaHost = await Worker.Client().PostAsync("/admin/functions/Heartbeat", new StringContent("{}"));
        var direct = await Worker.Direct.Anonymous().PostAsync("/admin/functions/Heartbeat", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaHost.StatusCode);
        Assert.Equal(invocations, Worker.Host.HttpInvocations.Count);
    }

    [Fact]
    public async Task GetHealth_InDevelopment_IsRoutedToTheWorker()
    {
        var invocations = Worker.Host.HttpInvocations.Count;

        var viaHost = await Worker.Client().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, viaHost.StatusCode);
        Assert.Equal(invocations + 1, Worker.Host.HttpInvocations.Count);
    }
}
