using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>What the staff API refuses, and how: wrong stage, broken rules, wrong people, stale versions, bad bodies.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CaseApiRefusalTests : AppTest
{
    private string _number = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("wang.wei", "quality");
        await App.AddStaffAsync("sun.tao", "sales", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).Content.ReadFromJsonAsync<JsonElement>();
        _number = receipt.GetProperty("caseNumber").GetString()!;
    }

    [Fact]
    public async Task Act_NotAllowedInTheStage_Answers409WithStageAndAction()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.ActAsync(_number, "close", new { finalResult = "Done" });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Received", problem.GetProperty("stage").GetString());
        Assert.Equal("Close", problem.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Act_BreaksAProcedureRule_Answers422WithItsCode()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.ActAsync(_number, "assess", new { validity = "notValid", category = "productQuality", severity = "general", notValidReason = "no-such-reason", explanation = "x" });

        Assert.Equal("notValidReason.unknown", (await ProblemAsync(response, (HttpStatusCode)422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Act_StaffOfAnotherDepartment_Answers403()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        await desk.DoAsync(_number, "assess", new { validity = "valid", category = "productQuality", severity = "minor" });
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");

        var act = await sales.ActAsync(_number, "start-investigation", new { }, version: 2);
        var view = await sales.Http.GetAsync($"/api/staff/cases/{_number}");

        await ProblemAsync(act, HttpStatusCode.Forbidden);
        await ProblemAsync(view, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Act_TwoStaffEditTheSameVersion_SecondGets412WithTheCurrentVersion()
    {
        using var one = await StaffClient.SignInAsync(App, "li.na");
        await App.AddStaffAsync("zhou.ping", "service");
        using var two = await StaffClient.SignInAsync(App, "zhou.ping");
        var seen = (await one.GetAsync(_number)).Version;

        var first = await one.ActAsync(_number, "notes", new { text = "Called the customer." }, seen);
        var second = await two.ActAsync(_number, "notes", new { text = "Also called the customer." }, seen);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.Equal(seen + 1, problem.GetProperty("currentVersion").GetInt32());
        var notes = (await one.GetAsync(_number)).Case.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Called the customer."], notes);
    }

    [Fact]
    public async Task Act_WithoutIfMatch_Answers428()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync($"/api/staff/cases/{_number}/notes", new { text = "x" });

        await ProblemAsync(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Act_UnknownCase_Answers404()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        await ProblemAsync(await desk.ActAsync("FB-202603-0999", "notes", new { text = "x" }, 1), HttpStatusCode.NotFound);
        await ProblemAsync(await desk.Http.GetAsync("/api/staff/cases/not-a-number"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"validity":"valid","category":"productQuality","severity":"catastrophic"}""")]
    [InlineData("""{"validity":"valid","category":"productQuality","severity":2}""")]
    [InlineData("""{"validity":"valid","category":null,"severity":"minor"}""")]
    [InlineData("""{"validity":"valid",""")]
    public async Task Act_BadBody_Answers400ProblemAndChangesNothing(string body)
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var before = await desk.GetAsync(_number);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/cases/{_number}/assess") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{before.Version}\"");

        var response = await desk.Http.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before.Version, (await desk.GetAsync(_number)).Version);
    }

    [Fact]
    public async Task Call_NotSignedIn_Answers401Problem()
    {
        var response = await App.Anonymous().GetAsync("/api/staff/cases");

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Call_ForgedClientPrincipalWhileEasyAuthIsOff_Answers403()
    {
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"auth_typ":"aad","claims":[{"typ":"preferred_username","val":"li.na@example.com"}]}"""));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/cases");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);

        var response = await App.Anonymous().SendAsync(request);

        Assert.Contains("App Service Authentication", (await ProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Act_WithoutTheCsrfHeader_Answers403()
    {
        var client = await App.SignInAsync("li.na");
        client.DefaultRequestHeaders.Remove("X-Requested-With");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/cases/{_number}/notes") { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await ProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Act_FromAnotherOrigin_Answers403()
    {
        var client = await App.SignInAsync("li.na");
        client.DefaultRequestHeaders.Remove("Origin");
        client.DefaultRequestHeaders.Add("Origin", "https://evil.example");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/cases/{_number}/notes") { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await ProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task List_OtherDepartmentOutsideManagement_Answers403()
    {
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");

        var other = await sales.Http.GetAsync("/api/staff/cases?department=quality&open=true");
        var own = await sales.Http.GetAsync("/api/staff/cases?open=true");

        await ProblemAsync(other, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    internal static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.StartsWith("tag:serverless.feedback,2026:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        return problem;
    }
}
