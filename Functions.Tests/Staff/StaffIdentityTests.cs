using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Staff.Identity;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff;

/// <summary>Who the app believes: Easy Auth only when the platform says it is on; development sign-in only on a developer's machine.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class StaffIdentityTests
{
    [Fact]
    public async Task EasyAuthOn_PrincipalOfAMember_IsSignedInWithTheDirectorysRolesNotTheTokens()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
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
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());

        var response = await SendAsync(app, Principal("stranger@example.com"));

        var problem = await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not an active member", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EasyAuthOn_DeactivatedMember_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        var member = await app.AddStaffAsync("left.company", "sales");
        var directory = app.Get<Serverless.Feedback.Staff.StaffDirectory>();
        await directory.SaveAsync(member with { Active = false }, (await directory.GetAsync("left.company"))!.Value.ETag);

        await CaseApiRefusalTests.ProblemAsync(await SendAsync(app, Principal("left.company@example.com")), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EasyAuthOn_GarbledPrincipal_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());

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

    [Fact]
    public async Task EasyAuthOn_FirstSignInByEmail_BindsThePersonToTheObjectIdAndTenant()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        await app.AddStaffAsync("qian.li", "sales");
        var objectId = Guid.NewGuid().ToString();

        var me = await SendAsync(app, EasyAuthHeader.For("qian.li@example.com", objectId));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var stored = (await app.Get<StaffDirectory>().GetAsync("qian.li"))!.Value.Member;
        Assert.Equal(objectId, stored.ObjectId);
        Assert.Equal(EasyAuthHeader.Tenant, stored.TenantId);
    }

    [Fact]
    public async Task EasyAuthOn_EmailChanged_TheOldAddressNoLongerSignsInAsThem()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        await app.AddStaffAsync("sun.yu", "sales");
        var objectId = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(app, EasyAuthHeader.For("sun.yu@example.com", objectId))).StatusCode);
        var directory = app.Get<StaffDirectory>();
        var (member, etag) = (await directory.GetAsync("sun.yu"))!.Value;
        await directory.SaveAsync(member with { Email = "yu.sun@example.com" }, etag);

        var oldAddress = await SendAsync(app, EasyAuthHeader.For("sun.yu@example.com"));
        var sameIdentity = await SendAsync(app, EasyAuthHeader.For("yu.sun@example.com", objectId));

        await CaseApiRefusalTests.ProblemAsync(oldAddress, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, sameIdentity.StatusCode);
        Assert.Null(await directory.FindAsync(null, "sun.yu@example.com"));
    }

    [Fact]
    public async Task EasyAuthOn_BoundPersonsAddressWithAnotherObjectId_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        await app.AddStaffAsync("zhou.jie", "sales");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(app, EasyAuthHeader.For("zhou.jie@example.com"))).StatusCode);

        var impostor = await SendAsync(app, EasyAuthHeader.For("zhou.jie@example.com", Guid.NewGuid().ToString()));

        await CaseApiRefusalTests.ProblemAsync(impostor, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("0c9d2f7e-1111-4a4b-9d61-2f8a7c3e9b10")]
    [InlineData(null)]
    public async Task EasyAuthOn_UnboundAddressFromAnotherOrNoTenant_IsNotTrusted(string? tenant)
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        await app.AddStaffAsync("wu.fang", "sales");

        var response = await SendAsync(app, EasyAuthHeader.For("wu.fang@example.com", tenant: tenant));

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null((await app.Get<StaffDirectory>().GetAsync("wu.fang"))!.Value.Member.ObjectId);
    }

    [Fact]
    public async Task EasyAuthOn_NoTenantConfigured_AddressAloneIsNotTrusted()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings(("Identity:TenantId", null)));
        await app.AddStaffAsync("zheng.hao", "sales");

        await CaseApiRefusalTests.ProblemAsync(await SendAsync(app, EasyAuthHeader.For("zheng.hao@example.com")), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EasyAuthOn_BoundPersonSigningInFromAnotherTenant_Answers401()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        await app.AddStaffAsync("he.lan", "sales");
        var objectId = Guid.NewGuid().ToString();
        await SendAsync(app, EasyAuthHeader.For("he.lan@example.com", objectId));

        var response = await SendAsync(app, EasyAuthHeader.For("he.lan@example.com", objectId, tenant: "0c9d2f7e-1111-4a4b-9d61-2f8a7c3e9b10"));

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EasyAuthOn_DevelopmentSignInSwitchedOn_IsNotOffered()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings(("Identity:DevelopmentSignIn", "true")));
        await app.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);

        var page = await app.Anonymous().GetAsync("/dev/sign-in");
        var post = await app.Anonymous().PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("id", "admin")]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task EasyAuthOn_PrincipalWithANullClaim_Answers401NotA500()
    {
        using var app = await FeedbackApp.StartAsync(settings: EasyAuthHeader.Settings());
        var principal = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("""{"auth_typ":"aad","claims":[null,{"typ":null,"val":null}]}"""));

        await CaseApiRefusalTests.ProblemAsync(await SendAsync(app, principal), HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpResponseMessage> SendAsync(FeedbackApp app, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        return await app.Anonymous().SendAsync(request);
    }

    private static string Principal(string email, string[]? roles = null) => EasyAuthHeader.For(email, roles: roles);
}
