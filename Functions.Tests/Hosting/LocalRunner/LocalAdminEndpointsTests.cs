using System.Net;
using System.Net.Http.Json;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Health;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

/// <summary><c>POST /admin/functions/{name}</c>: run a non-HTTP function now, as Core Tools offers.</summary>
[Trait(TestKind.Name, TestKind.App)]
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

    [Fact]
    public async Task Run_OutsideDevelopmentWithoutAKey_DoesNotExist()
    {
        using var app = await FeedbackApp.StartAsync(settings: Deployed());

        var response = await app.Anonymous().PostAsJsonAsync("/admin/functions/Heartbeat", new { input = "" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong-key-wrong-key")]
    public async Task Run_OutsideDevelopmentWithoutTheRightKey_Answers401AndRunsNothing(string? key)
    {
        using var app = await FeedbackApp.StartAsync(settings: Deployed(("LocalRunner:AdminKey", AdminKey)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/Heartbeat") { Content = JsonContent.Create(new { input = "" }) };
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Run_OutsideDevelopmentWithTheKey_Runs()
    {
        using var app = await FeedbackApp.StartAsync(settings: Deployed(("LocalRunner:AdminKey", AdminKey)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/Heartbeat") { Content = JsonContent.Create(new { input = "" }) };
        request.Headers.Add("x-functions-key", AdminKey);

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, await app.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Run_QueueFunctionThatFails_AnswersWithoutTheExceptionsMessage()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/admin/functions/IntakeQueue", new { input = "{not json at all" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private const string AdminKey = "a-long-admin-key-only-the-operators-know-0123456789";

    /// <summary>A deployment outside Azure's Functions host (its own process), not a developer's machine.</summary>
    private static Dictionary<string, string?> Deployed(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_SITE_NAME"] = "feedback-test", ["Identity:DevelopmentSignIn"] = "false" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}
