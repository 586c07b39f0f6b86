using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff.Identity;

/// <summary>
/// A fresh deployment's empty staff directory gets its first administrator from <c>Identity:FirstAdministrator</c>,
/// and only while nobody active is an administrator.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class FirstAdministratorTests
{
    private const string ObjectId = "6a1f3c1e-2b7d-4c55-9d0e-1f2a3b4c5d6e";

    [Fact]
    public async Task SignIn_NamedByObjectIdIntoAnEmptyDirectory_IsAddedAsAdministrator()
    {
        using var app = await StartAsync(ObjectId);

        var me = await MeAsync(app, EasyAuthHeader.For("Chen.Jie@Example.com", ObjectId, "Chen Jie"));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ObjectId, body.GetProperty("id").GetString());
        Assert.Equal(["staff", "administrator"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var stored = await app.Get<StaffDirectory>().FindAsync(ObjectId, null);
        Assert.Equal(("Chen Jie", "Chen.Jie@Example.com", true), (stored!.Name, stored.Email, stored.Active));
    }

    [Fact]
    public async Task SignIn_NamedByEmail_IsAddedAsAdministrator()
    {
        using var app = await StartAsync("chen.jie@example.com");

        var me = await MeAsync(app, EasyAuthHeader.For("Chen.Jie@example.com", ObjectId));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.True((await app.Get<StaffDirectory>().FindAsync(null, "chen.jie@example.com"))!.Has(StaffRole.Administrator));
    }

    [Fact]
    public async Task SignIn_AnAdministratorExists_NamedPersonIsRefusedAndNotAdded()
    {
        using var app = await StartAsync(ObjectId);
        await app.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);

        var me = await MeAsync(app, EasyAuthHeader.For("chen.jie@example.com", ObjectId));

        await CaseApiRefusalTests.ProblemAsync(me, HttpStatusCode.Unauthorized);
        Assert.Null(await app.Get<StaffDirectory>().FindAsync(ObjectId, "chen.jie@example.com"));
    }

    [Fact]
    public async Task SignIn_SomeoneElseIntoAnEmptyDirectory_IsRefusedAndNotAdded()
    {
        using var app = await StartAsync(ObjectId);

        var me = await MeAsync(app, EasyAuthHeader.For("intruder@example.com"));

        await CaseApiRefusalTests.ProblemAsync(me, HttpStatusCode.Unauthorized);
        Assert.Empty(await app.Get<StaffDirectory>().ListAsync());
    }

    [Fact]
    public async Task SignIn_TheNamedPersonTwice_IsOneMember()
    {
        using var app = await StartAsync(ObjectId);

        var first = await MeAsync(app, EasyAuthHeader.For("chen.jie@example.com", ObjectId));
        var second = await MeAsync(app, EasyAuthHeader.For("chen.jie@example.com", ObjectId));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Single(await app.Get<StaffDirectory>().ListAsync());
    }

    [Fact]
    public async Task SignIn_EasyAuthOff_TheSettingOpensNothing()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["Identity:FirstAdministrator"] = ObjectId });

        var me = await MeAsync(app, EasyAuthHeader.For("chen.jie@example.com", ObjectId));

        await CaseApiRefusalTests.ProblemAsync(me, HttpStatusCode.Forbidden);
        Assert.Empty(await app.Get<StaffDirectory>().ListAsync());
    }

    private static Task<FeedbackApp> StartAsync(string firstAdministrator) =>
        FeedbackApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WEBSITE_AUTH_ENABLED"] = "True",
            ["Identity:FirstAdministrator"] = firstAdministrator,
        });

    private static async Task<HttpResponseMessage> MeAsync(FeedbackApp app, string principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/me");
        request.Headers.Add(EasyAuthHeader.Name, principal);
        return await app.Anonymous().SendAsync(request);
    }
}
