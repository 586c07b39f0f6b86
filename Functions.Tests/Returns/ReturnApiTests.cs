using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Cases.Api.CaseApiRefusalTests;

namespace Serverless.Feedback.Tests.Returns;

/// <summary>Returned goods through the staff API: registered, reviewed by quality, re-inspected, and each refusal.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReturnApiTests : AppTest
{
    private string _number = "";

    private string Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
    public async Task Returns_RegisteredReviewedForReworkAndReInspected_RecordedOnTheCase()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");

        var registered = await desk.DoAsync(_number, "returns", new { quantity = 12, product = "Sealant 300 ml", batch = "B-17", receivedOn = Today, receivedBy = "Zhang (warehouse)" });
        Assert.Contains("reviewReturn", (await quality.GetAsync(_number)).AllowedActions);
        Assert.DoesNotContain("reviewReturn", registered.AllowedActions);
        Assert.Contains(registered.Json.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "returnReview");

        var reviewed = await quality.DoAsync(_number, "return-reviews", new { returnId = "G1", findings = "Nozzle seal cracked.", disposition = "rework", onSite = true, onSiteInspector = "Chen (QC)" });
        Assert.Contains("reInspectReturn", reviewed.AllowedActions);
        var inspected = await quality.DoAsync(_number, "return-inspections", new { returnId = "G1", inspector = "Chen (QC)", passed = true, result = "All 12 pass the leak test." });

        var goods = inspected.Case.GetProperty("returns")[0];
        Assert.Equal(12m, goods.GetProperty("quantity").GetDecimal());
        Assert.Equal("B-17", goods.GetProperty("batch").GetString());
        Assert.Equal("Zhang (warehouse)", goods.GetProperty("receivedBy").GetString());
        Assert.Equal("quality", goods.GetProperty("reviewDepartment").GetString());
        Assert.Equal("rework", goods.GetProperty("review").GetProperty("disposition").GetString());
        Assert.Equal("Chen (QC)", goods.GetProperty("review").GetProperty("onSiteInspector").GetString());
        Assert.True(goods.GetProperty("reInspections")[0].GetProperty("passed").GetBoolean());
        Assert.DoesNotContain("reInspectReturn", inspected.AllowedActions);
        Assert.Equal(["registerReturn", "reviewReturn", "reInspectReturn"], inspected.History.Where(a => a.Contains("Return", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0, 0, "quantity.invalid")]
    [InlineData(12, 1, "receivedOn.future")]
    [InlineData(12, -400, "receivedOn.tooOld")]
    public async Task Register_InvalidQuantityOrDate_Answers422WithItsCode(decimal quantity, int daysFromToday, string code)
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var day = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(daysFromToday);

        var response = await desk.ActAsync(_number, "returns", new { quantity, receivedOn = day, receivedBy = "Zhang" });

        Assert.Equal(code, (await ProblemAsync(response, (HttpStatusCode)422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_WithoutReceiver_Answers422()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.ActAsync(_number, "returns", new { quantity = 3, receivedOn = Today, receivedBy = " " });

        Assert.Equal("receivedBy.required", (await ProblemAsync(response, (HttpStatusCode)422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_WithoutIfMatch_Answers428()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync($"/api/staff/cases/{_number}/returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });

        await ProblemAsync(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Register_OnASuggestion_Answers409()
    {
        var suggestion = IntakeSamples.Complaint();
        suggestion["kind"] = "suggestion";
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", suggestion)).Content.ReadFromJsonAsync<JsonElement>();
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.ActAsync(receipt.GetProperty("caseNumber").GetString()!, "returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });

        Assert.Equal("RegisterReturn", (await ProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Review_ByTheHandlingDepartmentNotQuality_Answers403()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        await desk.DoAsync(_number, "returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });

        var response = await desk.ActAsync(_number, "return-reviews", new { returnId = "G1", findings = "Fine.", disposition = "scrap" });

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("G9", "scrap", false, null, "return.unknown")]
    [InlineData("G1", "rework", true, null, "onSiteInspector.required")]
    [InlineData("G1", "scrap", true, "Chen", "onSite.reworkOnly")]
    [InlineData("G1", "scrap", false, null, "findings.required")]
    public async Task Review_BreaksARule_Answers422WithItsCode(string returnId, string disposition, bool onSite, string? inspector, string code)
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");
        await desk.DoAsync(_number, "returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });

        var findings = code == "findings.required" ? "" : "Seal cracked.";
        var response = await quality.ActAsync(_number, "return-reviews", new { returnId, findings, disposition, onSite, onSiteInspector = inspector });

        Assert.Equal(code, (await ProblemAsync(response, (HttpStatusCode)422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Review_Twice_Answers422AndReInspectionAfterScrap_Answers422()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");
        await desk.DoAsync(_number, "returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });
        var early = await quality.ActAsync(_number, "return-inspections", new { returnId = "G1", inspector = "Chen", passed = true, result = "Fine." });
        await quality.DoAsync(_number, "return-reviews", new { returnId = "G1", findings = "Crushed in transport.", disposition = "scrap" });

        var again = await quality.ActAsync(_number, "return-reviews", new { returnId = "G1", findings = "Again.", disposition = "scrap" });
        var inspect = await quality.ActAsync(_number, "return-inspections", new { returnId = "G1", inspector = "Chen", passed = true, result = "Fine." });

        Assert.Equal("returns.noneToReInspect", (await ProblemAsync(early, (HttpStatusCode)422)).GetProperty("code").GetString());
        Assert.Equal("returns.noneToReview", (await ProblemAsync(again, (HttpStatusCode)422)).GetProperty("code").GetString());
        Assert.Equal("returns.noneToReInspect", (await ProblemAsync(inspect, (HttpStatusCode)422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ReInspect_FailedThenPassed_KeepsBothAndOffersAnotherOnlyAfterTheFailure()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");
        await desk.DoAsync(_number, "returns", new { quantity = 3, receivedOn = Today, receivedBy = "Zhang" });
        await quality.DoAsync(_number, "return-reviews", new { returnId = "G1", findings = "Seal cracked.", disposition = "repair" });

        var failed = await quality.DoAsync(_number, "return-inspections", new { returnId = "G1", inspector = "Chen", passed = false, result = "One still leaks." });
        var missing = await quality.ActAsync(_number, "return-inspections", new { returnId = "G1", inspector = " ", passed = true, result = "Fine." });
        var passed = await quality.DoAsync(_number, "return-inspections", new { returnId = "G1", inspector = "Chen", passed = true, result = "All pass." });

        Assert.Contains("reInspectReturn", failed.AllowedActions);
        Assert.Equal("inspector.required", (await ProblemAsync(missing, (HttpStatusCode)422)).GetProperty("code").GetString());
        Assert.Equal(2, passed.Case.GetProperty("returns")[0].GetProperty("reInspections").GetArrayLength());
        Assert.DoesNotContain("reInspectReturn", passed.AllowedActions);
    }

    [Fact]
    public async Task RegisterWithoutCase_CaseNamed_JoinsItAndTellsSales()
    {
        await App.AddStaffAsync("sales.clerk", "sales", "en");
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/returns", new { caseNumber = _number, quantity = 4, batch = "B-17", receivedOn = Today, receivedBy = "Zhang" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(_number, answer.GetProperty("caseNumber").GetString());
        Assert.False(answer.GetProperty("opened").GetBoolean());
        var goods = (await desk.GetAsync(_number)).Case.GetProperty("returns")[0];
        Assert.True(goods.GetProperty("arrivedWithoutCase").GetBoolean());
        await App.SettleAsync();
        var mails = await App.SendMailAsync();
        Assert.Contains(mails, m => m.MessageId?.Contains("-return-without-case-", StringComparison.Ordinal) == true && m.To.Single().Address == "sales.clerk@example.com");
    }

    [Fact]
    public async Task RegisterWithoutCase_NoCase_OpensAComplaintWithTheGoods()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/returns", new
        {
            quantity = 6, product = "Sealant 300 ml", batch = "B-21", receivedOn = Today, receivedBy = "Zhang",
            name = "Wu Lei", company = "Wu Trading", phone = "+86 21 5555 0199", description = "Six tubes came back with the delivery note only.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("opened").GetBoolean());
        var opened = await desk.GetAsync(answer.GetProperty("caseNumber").GetString()!);
        Assert.Equal("complaint", opened.Case.GetProperty("kind").GetString());
        Assert.Equal("return", opened.Case.GetProperty("subject").GetProperty("remedyWanted").GetString());
        Assert.Equal("B-21", opened.Case.GetProperty("returns")[0].GetProperty("batch").GetString());
    }

    [Fact]
    public async Task RegisterWithoutCase_RetriedWithTheSameKey_OpensOneCaseAndRecordsTheGoodsOnce()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var body = new
        {
            quantity = 6, batch = "B-21", receivedOn = Today, receivedBy = "Zhang",
            name = "Wu Lei", phone = "+86 21 5555 0199", description = "Six tubes came back with the delivery note only.",
        };

        var first = await PostWithKeyAsync(desk, body, "warehouse-0042");
        var retry = await PostWithKeyAsync(desk, body, "warehouse-0042");
        var another = await PostWithKeyAsync(desk, body, "warehouse-0043");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var (a, b) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await retry.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(a.GetProperty("caseNumber").GetString(), b.GetProperty("caseNumber").GetString());
        Assert.Equal(a.GetProperty("returnId").GetString(), b.GetProperty("returnId").GetString());
        Assert.True(b.GetProperty("opened").GetBoolean());
        var opened = await desk.GetAsync(a.GetProperty("caseNumber").GetString()!);
        Assert.Equal(1, opened.Case.GetProperty("returns").GetArrayLength());

        // Another key is other goods: a case of its own.
        Assert.Equal(HttpStatusCode.Created, another.StatusCode);
        Assert.NotEqual(a.GetProperty("caseNumber").GetString(), (await another.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task RegisterWithoutCase_CaseNamedRetriedWithTheSameKey_RecordsTheGoodsOnce()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var body = new { caseNumber = _number, quantity = 4, batch = "B-17", receivedOn = Today, receivedBy = "Zhang" };

        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(desk, body, "warehouse-7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostWithKeyAsync(desk, body, "warehouse-7")).StatusCode);

        Assert.Equal(1, (await desk.GetAsync(_number)).Case.GetProperty("returns").GetArrayLength());
    }

    [Fact]
    public async Task RegisterWithoutCase_KeyTooLong_Answers400AndRecordsNothing()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var body = new { caseNumber = _number, quantity = 4, batch = "B-17", receivedOn = Today, receivedBy = "Zhang" };

        var response = await PostWithKeyAsync(desk, body, new string('k', 101));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await desk.GetAsync(_number)).Case.GetProperty("returns").GetArrayLength());
    }

    [Fact]
    public async Task RegisterWithoutCase_NoCaseAndNoCustomer_Answers400WithFieldErrors()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/returns", new { quantity = 6, receivedOn = Today, receivedBy = "Zhang" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task RegisterWithoutCase_UnknownCase_Answers404()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/returns", new { caseNumber = "FB-209901-0001", quantity = 6, receivedOn = Today, receivedBy = "Zhang" });

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(StaffClient desk, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/returns") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return desk.Http.SendAsync(request);
    }
}
