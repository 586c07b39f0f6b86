using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff.Identity;

/// <summary>
/// In Azure the browser is on <c>https://</c> while the worker sees the request as <c>http</c> (the platform ends TLS
/// in front of the Functions host, which forwards to the worker over plain HTTP): the public address must count as
/// the app's own origin, and any other origin must still be refused.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CsrfEndpointFilterTests
{
    private const string PublicAddress = "https://feedback.example.com";

    [Fact]
    public async Task StateChange_HttpsBrowserOriginWhileTheAppSeesHttp_IsAccepted()
    {
        using var app = await StartBehindTheFrontEndAsync();

        var response = await PostPersonAsync(app, origin: PublicAddress);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://feedback.example.com.evil.example")]
    [InlineData("https://feedback.example.com:8443")]
    [InlineData("null")]
    public async Task StateChange_ForeignOriginBehindTheFrontEnd_IsRefused(string origin)
    {
        using var app = await StartBehindTheFrontEndAsync();

        var response = await PostPersonAsync(app, origin);

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StateChange_RequestsOwnOrigin_IsStillAccepted()
    {
        using var app = await StartBehindTheFrontEndAsync();

        var response = await PostPersonAsync(app, origin: "http://feedback.example.com");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<FeedbackApp> StartBehindTheFrontEndAsync()
    {
        var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WEBSITE_AUTH_ENABLED"] = "True",
            ["Identity:TenantId"] = EasyAuthHeader.Tenant,
            ["Identity:DevelopmentSignIn"] = "false",
            ["PublicSite:BaseUrl"] = PublicAddress,
        });
        await app.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        return app;
    }

    /// <summary>What reaches the worker: plain http to the public host name, with the platform's principal header.</summary>
    private static async Task<HttpResponseMessage> PostPersonAsync(FeedbackApp app, string origin)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://feedback.example.com"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/staff/people")
        {
            Content = JsonContent.Create(new { name = "Wang Wei", email = $"w{Guid.NewGuid():N}@example.com", department = (string?)null, roles = new[] { "staff" }, language = "en", active = true }),
        };
        request.Headers.Add(EasyAuthHeader.Name, EasyAuthHeader.For("admin@example.com"));
        request.Headers.Add(CsrfEndpointFilter.HeaderName, CsrfEndpointFilter.HeaderValue);
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }
}
