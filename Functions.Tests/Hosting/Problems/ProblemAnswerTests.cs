using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Problems;

/// <summary>How a refusal reads on the wire: the kind's type and title, in the language the request asks for.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ProblemAnswerTests : AppTest
{
    private const string TypePrefix = "tag:serverless.feedback,2026:problem:";

    [Fact]
    public async Task Refusal_AskedInChinese_HasTheChineseTitleOfItsKind()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake") { Content = new StringContent("hello", Encoding.UTF8, "text/plain") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));

        var problem = await ProblemAsync(await App.Anonymous().SendAsync(request), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(TypePrefix + "unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Equal("此地址不读取该内容类型。", problem.GetProperty("title").GetString());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await CasesAsync());
    }

    [Fact]
    public async Task Refusal_WithoutALanguage_HasTheEnglishTitle()
    {
        var response = await App.Anonymous().PostAsync("/api/intake", new StringContent("{", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal(TypePrefix + "invalid", problem.GetProperty("type").GetString());
        Assert.Equal("The request is not valid.", problem.GetProperty("title").GetString());
        Assert.Empty(await CasesAsync());
    }

    [Fact]
    public async Task FrameworkRefusal_AnAddressThatDoesNotExist_ReadsLikeTheAppsOwn()
    {
        var problem = await ProblemAsync(await App.Anonymous().GetAsync("/api/no-such-address"), HttpStatusCode.NotFound);

        Assert.Equal(TypePrefix + "not-found", problem.GetProperty("type").GetString());
        Assert.Equal("Not found.", problem.GetProperty("title").GetString());
        Assert.Equal("There is nothing at this address.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task DomainRefusal_ThrownBySettings_IsAnsweredWithTheErrorsPerSetting()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        var admin = await App.SignInAsync("admin");
        var value = (await admin.GetFromJsonAsync<JsonNode>("/api/staff/settings/workflow"))!["value"]!;
        value["verificationDays"] = 0;

        var response = await admin.PutAsJsonAsync("/api/staff/settings/workflow", new { value, revision = 0 });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(TypePrefix + "invalid", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("verificationDays", out _), problem.GetRawText());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/staff/settings/workflow")).GetProperty("revision").GetInt32());
    }

    private async Task<IReadOnlyList<CaseSummary>> CasesAsync() =>
        (await App.Get<CaseLists>().ListAsync(new CaseListQuery { PageSize = 10 }, CancellationToken.None)).Items;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
