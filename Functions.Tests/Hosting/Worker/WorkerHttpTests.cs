using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Staff.Identity;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// HTTP through the Functions host: a catch-all function hands each request to the app's own pipeline, so pages,
/// route values, problem details, scoped services and staff sign-in behave as they do when the app is its own
/// host. Each request is sent through the stand-in host and, where it says "as directly", to the app in process.
/// </summary>
[Collection(PublishedApp.Collection)]
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class WorkerHttpTests(PublishedApp published, ProductionWorker worker) : WorkerTest<ProductionWorker>(published, worker)
{
    [Fact]
    public async Task GetFeedback_InChinese_IsTheFormTheAppServesDirectly()
    {
        var viaHost = await Worker.Client().GetAsync("/feedback?lang=zh-CN");
        var direct = await Worker.Direct.Anonymous().GetAsync("/feedback?lang=zh-CN");

        Assert.Equal(HttpStatusCode.OK, viaHost.StatusCode);
        Assert.Equal("text/html", viaHost.Content.Headers.ContentType?.MediaType);
        var page = FeedbackFormTests.Parse(await viaHost.Content.ReadAsStringAsync());
        var expected = FeedbackFormTests.Parse(await direct.Content.ReadAsStringAsync());
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected.QuerySelector("h1")!.TextContent, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(FieldNames(expected), FieldNames(page));
    }

    [Fact]
    public async Task GetTrack_UnknownToken_IsTheNotFoundPageAsDirectly()
    {
        const string Path = "/track/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?lang=en";

        var viaHost = await Worker.Client().GetAsync(Path);
        var direct = await Worker.Direct.Anonymous().GetAsync(Path);

        Assert.Equal(HttpStatusCode.NotFound, viaHost.StatusCode);
        Assert.Equal(direct.StatusCode, viaHost.StatusCode);
        Assert.Equal(
            FeedbackFormTests.Parse(await direct.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent,
            FeedbackFormTests.Parse(await viaHost.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task GetStaffApi_UnknownPath_IsTheAppsOwnNotFoundProblemAsDirectly()
    {
        var viaHost = await Worker.Client().GetAsync("/api/staff/no-such-thing");
        var direct = await Worker.Direct.Anonymous().GetAsync("/api/staff/no-such-thing");

        Assert.Equal(await ProblemAsync(direct, HttpStatusCode.NotFound), await ProblemAsync(viaHost, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task PostIntake_InvalidSubmission_Answers400ProblemAsDirectly()
    {
        var body = new JsonObject { ["kind"] = "complaint", ["email"] = "not-an-address", ["consent"] = false };

        var viaHost = await Worker.Client().PostAsJsonAsync("/api/intake", body);
        var direct = await Worker.Direct.Anonymous().PostAsJsonAsync("/api/intake", body);

        var problem = await ProblemAsync(viaHost, HttpStatusCode.BadRequest);
        Assert.Equal(await ProblemAsync(direct, HttpStatusCode.BadRequest), problem);
        Assert.Contains("\"email\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostIntake_ValidSubmission_Answers201AndTheCaseIsStoredAndTracked()
    {
        var client = Worker.Client();
        var submission = Complaint("http.worker@example.com");

        var created = await client.PostAsJsonAsync("/api/intake", submission);

        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var receipt = await created.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("caseNumber").GetString()!;
        var tracking = await client.GetAsync(new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, tracking.StatusCode);
        Assert.Contains(number, FeedbackFormTests.Parse(await tracking.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Worker.Host.HttpInvocations, i => i.Function == "IntakeApi" && i.Response.Result.Status == StatusResult.Types.Status.Success);
    }

    [Fact]
    public async Task GetHealth_ReportsEveryStorageServiceAsDirectly()
    {
        var viaHost = await Worker.Client().GetFromJsonAsync<JsonElement>("/health");
        var direct = await Worker.Direct.Anonymous().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", viaHost.GetProperty("status").GetString());
        Assert.Equal(direct.GetProperty("version").GetString(), viaHost.GetProperty("version").GetString());
        Assert.Equal(direct.GetProperty("storage").GetRawText(), viaHost.GetProperty("storage").GetRawText());
    }

    [Fact]
    public async Task PutStaffPerson_StaleVersion_Answers412ProblemAsDirectly()
    {
        await Worker.Direct.AddStaffAsync("w.admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await Worker.Direct.AddStaffAsync("w.li", "service");
        var viaHost = Worker.Client();
        var principal = EasyAuthHeader.For("w.admin@example.com", objectId: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
        viaHost.DefaultRequestHeaders.Add(EasyAuthHeader.Name, principal);
        viaHost.DefaultRequestHeaders.Add(CsrfEndpointFilter.HeaderName, CsrfEndpointFilter.HeaderValue);
        viaHost.DefaultRequestHeaders.Add("Origin", viaHost.BaseAddress!.GetLeftPart(UriPartial.Authority));

        var viaWorker = await ChangeTwiceAsync(viaHost);
        // Beside Easy Auth there is no development sign-in: the app on its own is asked with the same principal.
        var directly = Worker.Direct.Anonymous();
        directly.DefaultRequestHeaders.Add(EasyAuthHeader.Name, principal);
        directly.DefaultRequestHeaders.Add(CsrfEndpointFilter.HeaderName, CsrfEndpointFilter.HeaderValue);
        directly.DefaultRequestHeaders.Add("Origin", directly.BaseAddress!.GetLeftPart(UriPartial.Authority));
        var direct = await ChangeTwiceAsync(directly);

        Assert.True(viaWorker.Changed.StatusCode == HttpStatusCode.OK, await viaWorker.Changed.Content.ReadAsStringAsync());
        Assert.True(direct.Changed.StatusCode == HttpStatusCode.OK, await direct.Changed.Content.ReadAsStringAsync());
        Assert.Equal(await StaleProblemAsync(direct), await StaleProblemAsync(viaWorker));
    }

    [Fact]
    public async Task GetConsole_ServesTheBuiltConsoleAsDirectly()
    {
        var viaHost = await Worker.Client().GetAsync("/console/");
        var direct = await Worker.Direct.Anonymous().GetAsync("/console/");

        Assert.Equal(HttpStatusCode.OK, viaHost.StatusCode);
        Assert.Equal("text/html", viaHost.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await direct.Content.ReadAsStringAsync(), await viaHost.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Reads a person's version, changes them with it, then sends a second change with the same, now stale, version;
    /// and reads the version the refusal names.
    /// </summary>
    private static async Task<(HttpResponseMessage Changed, HttpResponseMessage Stale, string Current)> ChangeTwiceAsync(HttpClient admin)
    {
        var read = await admin.GetAsync("/api/staff/people/w.li");
        Assert.True(read.StatusCode == HttpStatusCode.OK, await read.Content.ReadAsStringAsync());
        var etag = read.Headers.ETag!.ToString();
        var department = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("department").GetString() == "service" ? "sales" : "service";
        var person = new { name = "w.li", email = "w.li@example.com", department, roles = new[] { "staff" }, language = "zh-CN", active = true };

        async Task<HttpResponseMessage> PutAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/staff/people/w.li") { Content = JsonContent.Create(person) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await admin.SendAsync(request);
        }

        var changed = await PutAsync();
        var stale = await PutAsync();
        return (changed, stale, (await admin.GetAsync("/api/staff/people/w.li")).Headers.ETag!.ToString());
    }

    /// <summary>The 412 problem, with the version it names (each way changed the person once more) as a placeholder.</summary>
    private static async Task<string> StaleProblemAsync((HttpResponseMessage Changed, HttpResponseMessage Stale, string Current) change) =>
        (await ProblemAsync(change.Stale, HttpStatusCode.PreconditionFailed)).Replace(JsonSerializer.Serialize(change.Current)[1..^1], "{current}", StringComparison.Ordinal);

    /// <summary>The problem details a response carries, without the trace id (every request has its own).</summary>
    internal static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await CaseApiRefusalTests.ProblemAsync(response, expected);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    private static IEnumerable<string> FieldNames(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("form [name]").Select(e => e.GetAttribute("name")!);
}
