using System.Net;
using System.Net.Http.Json;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Health;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

/// <summary><c>POST /admin/functions/{name}</c>: run a non-HTTP function now, as Core Tools offers.</summary>
public sealed class LocalAdminEndpointsTests : AppTest
{
    [Fact]
    public async Task Run_TimerFunction_Answers202AndRecordsTheRun()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/admin/functions/Heartbeat", new { input = "" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, await App.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
        Assert.NotNull(await App.Get<HeartbeatStore>().LastAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Run_QueueFunctionWithInput_RunsItWithThatMessage()
    {
        const string Message = """{"kind":"suggestion","channel":"visit","name":"Ana Silva","email":"ana@example.com","language":"en","description":"Please add a metric size chart.","consent":true}""";

        var response = await App.Anonymous().PostAsJsonAsync("/admin/functions/IntakeQueue", new { input = Message });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (items, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Equal("visit", Assert.Single(items).Channel);
    }

    [Fact]
    public async Task Run_UnknownFunction_Answers404ProblemDetails()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/admin/functions/NoSuchThing", new { input = "" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Run_HttpFunction_Answers400()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/admin/functions/HealthCheck", new { input = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
