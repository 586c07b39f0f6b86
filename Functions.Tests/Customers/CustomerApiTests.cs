using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Customers;

/// <summary><c>/api/staff/customers</c>: the customer file with every case of a customer.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerApiTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("sun.tao", "sales", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
    }

    [Fact]
    public async Task Get_CustomerWithTwoCases_ShowsThemNewestFirst()
    {
        await SubmitAsync("zhang.wei@example.com");
        App.Clock.Advance(TimeSpan.FromHours(1));
        await SubmitAsync("Zhang.Wei@example.com");
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");
        var id = await FindAsync(deputy, "zhang.wei");

        var detail = await deputy.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");

        Assert.Equal("张伟", detail.GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal(["FB-202603-0002", "FB-202603-0001"], detail.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task Get_OutsideManagement_SeesOnlyCasesTheyMaySeeAndHowManyOthersThereAre()
    {
        await SubmitAsync("zhang.wei@example.com");
        var second = await SubmitAsync("zhang.wei@example.com");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        await desk.DoAsync(second, "assess", new { validity = "valid", category = "productQuality", severity = "minor" });
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");
        var id = await FindAsync(sales, "华东");

        var detail = await sales.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");

        Assert.Equal(["FB-202603-0001"], detail.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
        Assert.Equal(1, detail.GetProperty("casesOfOtherDepartments").GetInt32());
    }

    [Fact]
    public async Task Update_TierByADepartmentHead_IsKeptAndAStaleOneAnswers412()
    {
        await SubmitAsync("zhang.wei@example.com");
        using var head = await StaffClient.SignInAsync(App, "sun.tao");
        var id = await FindAsync(head, "zhang");
        var read = await head.Http.GetAsync($"/api/staff/customers/{id}");
        var etag = read.Headers.ETag!.ToString();
        var change = new { name = "张伟", company = "华东精密制造有限公司", phone = "+86 21 5555 0101", language = "zh-CN", tier = "a", mainCustomer = true };

        var saved = await PutAsync(head.Http, id, change, etag);
        var stale = await PutAsync(head.Http, id, change, etag);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await CaseApiRefusalTests.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var list = await head.Http.GetFromJsonAsync<JsonElement>("/api/staff/customers?tier=a&main=true");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Update_ByStaff_Answers403()
    {
        await SubmitAsync("zhang.wei@example.com");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var id = await FindAsync(desk, "zhang");

        var response = await PutAsync(desk.Http, id, new { name = "X", language = "en", tier = "b", mainCustomer = false }, "\"x\"");

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"name":"","language":"en","tier":"b","mainCustomer":false}""", "name")]
    [InlineData("""{"name":"A","phone":"call me","language":"en","tier":"b","mainCustomer":false}""", "phone")]
    [InlineData("""{"name":"A","language":"de","tier":"b","mainCustomer":false}""", "language")]
    public async Task Update_BadChange_Answers400AndKeepsTheCustomer(string body, string field)
    {
        await SubmitAsync("zhang.wei@example.com");
        using var head = await StaffClient.SignInAsync(App, "sun.tao");
        var id = await FindAsync(head, "zhang");
        var etag = (await head.Http.GetAsync($"/api/staff/customers/{id}")).Headers.ETag!.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/customers/{id}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await CaseApiRefusalTests.ProblemAsync(await head.Http.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal("张伟", (await head.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}")).GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Submit_KnownAddressWithOtherDetails_LeavesTheCustomerAsStaffKeptItAndTheCaseAsTyped()
    {
        await SubmitAsync("zhang.wei@example.com");
        using var head = await StaffClient.SignInAsync(App, "sun.tao");
        var id = await FindAsync(head, "zhang");
        var etag = (await head.Http.GetAsync($"/api/staff/customers/{id}")).Headers.ETag!.ToString();
        var kept = await PutAsync(head.Http, id, new { name = "张伟（采购部）", phone = "+86 21 5555 0199", language = "zh-CN", tier = "a", mainCustomer = true }, etag);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var stranger = IntakeSamples.Complaint("ZHANG.WEI@example.com");
        stranger["name"] = "Mallory";
        stranger["phone"] = "+1 555 0100";
        stranger["language"] = "en";

        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", stranger)).Content.ReadFromJsonAsync<JsonElement>();
        await App.SettleAsync();

        var customer = (await head.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}")).GetProperty("customer");
        Assert.Equal(("张伟（采购部）", "+86 21 5555 0199", "zh-CN", "a"), (customer.GetProperty("name").GetString(), customer.GetProperty("phone").GetString(), customer.GetProperty("language").GetString(), customer.GetProperty("tier").GetString()));
        var stored = await App.Get<Serverless.Feedback.Cases.Storage.CaseStore>().GetAsync(receipt.GetProperty("caseNumber").GetString()!, CancellationToken.None);
        Assert.Equal(("Mallory", id), (stored!.Case.Customer.Name, stored.Case.Customer.CustomerId));
    }

    [Fact]
    public async Task Update_IfMatchAnyVersion_Answers428AndKeepsTheCustomer()
    {
        await SubmitAsync("zhang.wei@example.com");
        using var head = await StaffClient.SignInAsync(App, "sun.tao");
        var id = await FindAsync(head, "zhang");

        var response = await PutAsync(head.Http, id, new { name = "Overwritten", language = "en", tier = "b", mainCustomer = false }, "*");

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Equal("张伟", (await head.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}")).GetProperty("customer").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("a%23b")]
    [InlineData("a%2Fb")]
    [InlineData("a%3Fb")]
    [InlineData("%E2%80%A8")]
    public async Task Get_IdNoKeyCanHold_Answers404(string id)
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        await CaseApiRefusalTests.ProblemAsync(await desk.Http.GetAsync($"/api/staff/customers/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_ContinuationNotHandedOut_Answers400OrNothingNeverA500()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var broken = await CaseApiRefusalTests.ProblemAsync(await desk.Http.GetAsync("/api/staff/customers?continuation=%%%"), HttpStatusCode.BadRequest);
        var madeUp = await desk.Http.GetAsync("/api/staff/customers?continuation=eyJhIjoxfQ");

        Assert.DoesNotContain("Parameter", broken.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(madeUp.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{madeUp.StatusCode}");
    }

    [Fact]
    public async Task Get_UnknownCustomer_Answers404()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        await CaseApiRefusalTests.ProblemAsync(await desk.Http.GetAsync("/api/staff/customers/nobody"), HttpStatusCode.NotFound);
        await CaseApiRefusalTests.ProblemAsync(await desk.Http.GetAsync("/api/staff/customers?pageSize=0"), HttpStatusCode.BadRequest);
    }

    private async Task<string> SubmitAsync(string email)
    {
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint(email))).Content.ReadFromJsonAsync<JsonElement>();
        return receipt.GetProperty("caseNumber").GetString()!;
    }

    private static async Task<string> FindAsync(StaffClient staff, string text)
    {
        var page = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers?q={Uri.EscapeDataString(text)}");
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string id, object change, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/customers/{id}") { Content = JsonContent.Create(change) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }
}
