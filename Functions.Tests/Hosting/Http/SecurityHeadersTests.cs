using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Hosting.Http;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Http;

/// <summary>The headers every kind of answer carries: pages, the console, the staff API, files and refusals.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SecurityHeadersTests : AppTest
{
    public static TheoryData<string> Pages => new() { "/feedback", "/feedback?lang=zh-CN", "/console/", "/console/cases/FB-202603-0001", "/dev/sign-in" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AnyKind_ForbidsInlineScriptFramingAndReferrer(string path)
    {
        var response = await App.Anonymous().GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feedback")]
    [InlineData("/console/")]
    public async Task Page_CustomerOrStaffPage_AllowsNoInlineStyleEither(string path)
    {
        var response = await App.Anonymous().GetAsync(path);

        Assert.Equal(SecurityHeaders.PagePolicy, Header(response, "Content-Security-Policy"));
        Assert.DoesNotContain("<style", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TrackingPage_CarriesTheTokenInItsAddress_IsNeitherCachedNorReferred()
    {
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).Content.ReadFromJsonAsync<JsonElement>();

        var response = await App.Anonymous().GetAsync(new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PagePolicy, Header(response, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/api/staff/me")]
    [InlineData("/api/staff/cases")]
    [InlineData("/api/staff/customers")]
    public async Task StaffApi_AnyAnswer_IsNeverStored(string path)
    {
        await App.AddStaffAsync("li.na", "service");
        var client = await App.SignInAsync("li.na");

        var response = await client.GetAsync(path);
        var refused = await App.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal("no-store", Header(refused, "Cache-Control"));
        Assert.Equal(SecurityHeaders.OtherPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task ConsoleShell_RevalidatedAs304_LeavesTheCachedPagesPolicyAlone()
    {
        var first = await App.Anonymous().GetAsync("/console/");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/console/");
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        var revalidated = await App.Anonymous().SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.False(revalidated.Headers.Contains("Content-Security-Policy") || revalidated.Content.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task ConsoleAsset_Fingerprinted_KeepsItsOwnLongCaching()
    {
        var shell = await (await App.Anonymous().GetAsync("/console/")).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(shell, "/console/assets/[^\"]+\\.js").Value;

        var response = await App.Anonymous().GetAsync(script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicStylesheet_ServedByTheApp_IsCachedForGood()
    {
        var page = await (await App.Anonymous().GetAsync("/feedback")).Content.ReadAsStringAsync();
        var href = System.Text.RegularExpressions.Regex.Match(page, "/feedback/site\\.css\\?v=[0-9a-f]+").Value;

        var response = await App.Anonymous().GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Contains(".case-number", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feedback")]
    [InlineData("/dev/sign-in")]
    [InlineData("/dev/outbox")]
    public async Task PublicIcon_LinkedFromEveryPage_IsServedByTheApp(string path)
    {
        var page = await (await App.Anonymous().GetAsync(path)).Content.ReadAsStringAsync();
        var href = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"icon\"[^>]*href=\"(/feedback/favicon\\.svg\\?v=[0-9a-f]+)\"").Groups[1].Value;

        var response = await App.Anonymous().GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyAnswer_PlainHttpAddress_SendsNoHsts()
    {
        var response = await App.Anonymous().GetAsync("/feedback");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AnyAnswer_PublicAddressIsHttps_SendsHsts()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["PublicSite:BaseUrl"] = "https://feedback.example.com" });

        var page = await app.Anonymous().GetAsync("/feedback");
        var api = await app.Anonymous().GetAsync("/health");

        Assert.Equal("max-age=31536000", Header(page, "Strict-Transport-Security"));
        Assert.Equal("max-age=31536000", Header(api, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{name} is missing from the answer to {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");
}
