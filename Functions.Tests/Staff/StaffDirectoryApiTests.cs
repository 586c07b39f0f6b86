using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff;

/// <summary><c>/api/staff/people</c>: everyone reads names and roles; administrators maintain the directory.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class StaffDirectoryApiTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await App.AddStaffAsync("li.na", "service");
    }

    [Fact]
    public async Task Create_ByAnAdministrator_AddsAPersonWhoCanSignIn()
    {
        var admin = await App.SignInAsync("admin");

        var created = await admin.PostAsJsonAsync("/api/staff/people", Person("Wang Wei", "wang.wei@example.com", "quality"), CaseJson.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var me = await (await App.SignInAsync(id)).GetFromJsonAsync<JsonElement>("/api/staff/me");
        Assert.Equal("quality", me.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Create_ByStaff_Answers403()
    {
        var staff = await App.SignInAsync("li.na");

        await CaseApiRefusalTests.ProblemAsync(await staff.PostAsJsonAsync("/api/staff/people", Person("X", "x@example.com", "sales"), CaseJson.Options), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("", "a@example.com", "sales", "en", "name")]
    [InlineData("A", "not-an-email", "sales", "en", "email")]
    [InlineData("A", "a@example.com", "nowhere", "en", "department")]
    [InlineData("A", "a@example.com", "sales", "fr", "language")]
    public async Task Create_BadPerson_Answers400ForTheFieldAndAddsNobody(string name, string email, string department, string language, string field)
    {
        var admin = await App.SignInAsync("admin");
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/staff/people")).GetArrayLength();

        var response = await admin.PostAsJsonAsync("/api/staff/people", Person(name, email, department) with { Language = language }, CaseJson.Options);

        var problem = await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/staff/people")).GetArrayLength());
    }

    [Fact]
    public async Task Create_EmailAlreadyInTheDirectory_Answers409()
    {
        var admin = await App.SignInAsync("admin");

        await CaseApiRefusalTests.ProblemAsync(await admin.PostAsJsonAsync("/api/staff/people", Person("Li Na 2", "li.na@example.com", "service"), CaseJson.Options), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_WithTheCurrentETag_ChangesRolesAndAStaleOneAnswers412()
    {
        var admin = await App.SignInAsync("admin");
        var read = await admin.GetAsync("/api/staff/people/li.na");
        var etag = read.Headers.ETag!.ToString();

        var changed = await PutAsync(admin, "li.na", Person("Li Na", "li.na@example.com", "service") with { Roles = [StaffRole.Staff, StaffRole.DepartmentHead] }, etag);
        var stale = await PutAsync(admin, "li.na", Person("Li Na", "li.na@example.com", "sales"), etag);

        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        await CaseApiRefusalTests.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var me = await (await App.SignInAsync("li.na")).GetFromJsonAsync<JsonElement>("/api/staff/me");
        Assert.Contains("departmentHead", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("service", me.GetProperty("department").GetString());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"1\", \"2\"")]
    public async Task Update_IfMatchAnyVersion_Answers428AndChangesNothing(string ifMatch)
    {
        var admin = await App.SignInAsync("admin");

        var response = await PutAsync(admin, "li.na", Person("Overwritten", "li.na@example.com", "sales"), ifMatch);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("li.na", (await App.Get<Serverless.Feedback.Staff.StaffDirectory>().GetAsync("li.na"))!.Value.Member.Name);
    }

    [Fact]
    public async Task List_AsStaff_HidesEmailAddresses()
    {
        var staff = await App.SignInAsync("li.na");

        var people = await staff.GetFromJsonAsync<JsonElement>("/api/staff/people");

        Assert.All(people.EnumerateArray(), p => Assert.False(p.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String));
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string id, PersonInput person, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/people/{id}") { Content = JsonContent.Create(person, options: CaseJson.Options) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    private static PersonInput Person(string name, string email, string department) => new(name, email, department, [StaffRole.Staff], "zh-CN", true, null);

    private sealed record PersonInput(string Name, string Email, string? Department, IReadOnlyList<StaffRole> Roles, string Language, bool Active, string? ObjectId);
}
