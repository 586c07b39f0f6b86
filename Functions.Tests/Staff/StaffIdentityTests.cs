using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Staff.Identity;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff;

/// <summary>Who the app believes: Easy Auth only when the platform says it is on; development sign-in only on a developer's machine.</summary>
public sealed class StaffIdentityTests
{
    [Fact]
    public async Task EasyAuthOn_PrincipalOfAMember_IsSignedInWithTheDirectorysRolesNotTheTokens()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True" });
        await app.AddStaffAsync("zhao.min", "quality", "en", StaffRole.Staff, StaffRole.DepartmentHead);

        var me = await SendAsync(app, Principal("zhao.min@example.com", roles: ["Administrator"]));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("zhao.min", body.GetProperty("id").GetString());
        Assert.Equal(["staff", "departmentHead"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task EasyAuthOn_PrincipalOfSomeoneNotInTheDirectory_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True" });

        var response = await SendAsync(app, Principal("stranger@example.com"));

        var problem = await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not an active member", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EasyAuthOn_DeactivatedMember_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True" });
        var member = await app.AddStaffAsync("left.company", "sales");
        var directory = app.Get<Serverless.Feedback.Staff.StaffDirectory>();
        await directory.SaveAsync(member with { Active = false }, (await directory.GetAsync("left.company"))!.Value.ETag);

        await CaseApiRefusalTests.ProblemAsync(await SendAsync(app, Principal("left.company@example.com")), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EasyAuthOn_GarbledPrincipal_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True" });

        await CaseApiRefusalTests.ProblemAsync(await SendAsync(app, "not base64 at all!"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EasyAuthOn_DevelopmentSignInCookie_IsNotTheWayIn()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["Identity:DevelopmentSignIn"] = "false" });

        var page = await app.Anonymous().GetAsync("/dev/sign-in");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public void Start_DevelopmentSignInInAzure_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("Storage", "UseDevelopmentStorage=true")
            .UseSetting("WEBSITE_SITE_NAME", "feedback-prod")
            .UseSetting("Identity:DevelopmentSignIn", "true"));

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Identity:DevelopmentSignIn may only be on in the Development environment", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_DevelopmentSignInInProduction_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Storage", "UseDevelopmentStorage=true")
            .UseSetting("Identity:DevelopmentSignIn", "true"));

        Assert.ThrowsAny<Exception>(() => factory.Server);
    }

    [Fact]
    public async Task DevelopmentSignIn_UnknownPerson_IsRefused()
    {
        using var app = await FeedbackApp.StartAsync();

        var response = await app.Anonymous().PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("id", "nobody")]));

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DevelopmentSignIn_TamperedCookie_IsNotSignedIn()
    {
        using var app = await FeedbackApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        request.Headers.Add("Cookie", "sf-dev-user=admin");

        await CaseApiRefusalTests.ProblemAsync(await app.Anonymous().SendAsync(request), HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpResponseMessage> SendAsync(FeedbackApp app, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        return await app.Anonymous().SendAsync(request);
    }

    private static string Principal(string email, string[]? roles = null) => EasyAuthHeader.For(email, roles: roles);
}
