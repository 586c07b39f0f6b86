using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>
/// Storage goes away while customers submit, then comes back (Azurite on disk, stopped and started again):
/// the form keeps what was typed, the API answers 503 with Retry-After, and repeating the same submission
/// once storage answers registers exactly one case.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class IntakeStorageOutageTests : IAsyncLifetime
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "azurite-outage-" + Guid.NewGuid().ToString("N"));
    private Azurite _azurite = null!;
    private FeedbackApp _app = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync(_location);

        // Connection refused is immediate; one quick retry keeps the outage short for the test.
        _app = await FeedbackApp.StartAsync(azurite: _azurite, settings: new Dictionary<string, string?>
        {
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.050",
        });
        await _azurite.WaitUntilSavedAsync([.. StorageNamesOf(_app)]);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Submit_StorageDownThenBack_KeepsTheEntriesAndTheTokenThenRegistersOnce()
    {
        var client = _app.Anonymous();
        var form = FeedbackFormTests.Parse(await client.GetStringAsync("/feedback?lang=zh-CN"));
        var token = FeedbackFormTests.Input(form, "submissionId").Value;
        var description = "固化后出现裂纹，两条生产线停线。";

        await _azurite.StopAsync();
        var refused = await client.PostAsync("/feedback", FeedbackFormTests.Multipart(form, Typed(description)));
        var shown = FeedbackFormTests.Parse(await refused.Content.ReadAsStringAsync());
        await _azurite.RestartAsync();
        var again = await client.PostAsync("/feedback", FeedbackFormTests.Multipart(shown, Typed(description)));
        var repeated = await client.PostAsync("/feedback", FeedbackFormTests.Multipart(shown, Typed(description)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("暂时无法保存您的反馈", shown.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(description, shown.QuerySelector("textarea[name=description]")!.TextContent.Trim());
        Assert.Equal(token, FeedbackFormTests.Input(shown, "submissionId").Value);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(again.Headers.Location, repeated.Headers.Location);
        var (cases, _) = await _app.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Equal(description, (await _app.Get<CaseStore>().GetAsync(Assert.Single(cases).Number, CancellationToken.None))!.Case.Subject.Description);
    }

    [Fact]
    public async Task PostIntakeApi_StorageDownThenBack_Answers503ProblemThenCreatesTheCaseOnce()
    {
        var client = _app.Anonymous();
        var body = IntakeSamples.Complaint();
        body["submissionId"] = "crm-4711";

        await _azurite.StopAsync();
        var refused = await client.PostAsync("/api/intake", JsonContent.Create(body));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        await _azurite.RestartAsync();
        var created = await client.PostAsync("/api/intake", JsonContent.Create(body));
        var repeated = await client.PostAsync("/api/intake", JsonContent.Create(body));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Storage is not answering.", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(
            (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(),
            (await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task ShowForm_StorageDown_StillShowsTheFormWithoutWorkingHours()
    {
        await _azurite.StopAsync();

        var response = await _app.Anonymous().GetAsync("/feedback?lang=en");
        var page = FeedbackFormTests.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("textarea[name=description]"));
        Assert.StartsWith("form-", FeedbackFormTests.Input(page, "submissionId").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowTracking_StorageDown_ShowsATryAgainPageInTheCustomersLanguage()
    {
        var client = _app.Anonymous();
        var receipt = await (await client.PostAsync("/api/intake", JsonContent.Create(IntakeSamples.Complaint()))).Content.ReadFromJsonAsync<JsonElement>();
        var tracking = new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        await _azurite.StopAsync();
        var response = await client.GetAsync(tracking);
        var page = FeedbackFormTests.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Equal("请稍后再试", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/feedback?lang=zh-CN", page.QuerySelector("main a[href^='/feedback']")!.GetAttribute("href"));
    }

    private static Dictionary<string, string> Typed(string description) => new() { ["description"] = description };

    /// <summary>Every table, queue and container the app laid out: what must be on disk before storage is stopped.</summary>
    private static IEnumerable<string> StorageNamesOf(FeedbackApp app)
    {
        var names = app.Get<StorageNames>();
        var layouts = app.Get<IEnumerable<StorageLayout>>().ToList();
        return layouts.SelectMany(l => l.Tables).Select(names.Table)
            .Concat(layouts.SelectMany(l => l.QueueSettings).Select(names.Queue))
            .Concat(layouts.SelectMany(l => l.Containers).Select(names.Container))
            .Distinct();
    }
}
