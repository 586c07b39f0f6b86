using System.Net;
using System.Net.Http.Json;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>Per-client limits on the form, the API and the tracking actions.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class RateLimitTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() =>
        FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["Intake:SubmissionsPerMinutePerClient"] = "2" });

    [Fact]
    public async Task Api_OverTheLimit_Answers429ProblemWithRetryAfterAndStoresNothing()
    {
        var client = App.Anonymous();
        await client.PostAsJsonAsync("/api/intake", IntakeSamples.Complaint("one@example.com"));
        await client.PostAsJsonAsync("/api/intake", IntakeSamples.Complaint("two@example.com"));
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await client.PostAsJsonAsync("/api/intake", IntakeSamples.Complaint("three@example.com"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Form_OverTheLimit_ShowsAPlainPageInTheReadersLanguage()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var form = FeedbackFormTests.Parse(await client.GetStringAsync("/feedback"));
        await client.PostAsync("/feedback", FeedbackFormTests.Multipart(form, new Dictionary<string, string> { ["email"] = "a@example.com", ["submissionId"] = "form-a" }));
        await client.PostAsync("/feedback", FeedbackFormTests.Multipart(form, new Dictionary<string, string> { ["email"] = "b@example.com", ["submissionId"] = "form-b" }));
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await client.PostAsync("/feedback", FeedbackFormTests.Multipart(form, new Dictionary<string, string> { ["email"] = "c@example.com", ["submissionId"] = "form-c" }));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var page = FeedbackFormTests.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Limit_OtherClientBehindTheFrontEnd_HasItsOwnAllowance()
    {
        async Task<HttpStatusCode> PostAsync(string forwardedFor, string email)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake") { Content = JsonContent.Create(IntakeSamples.Complaint(email)) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return (await App.Anonymous().SendAsync(request)).StatusCode;
        }

        var first = await PostAsync("203.0.113.7", "a@example.com");
        var second = await PostAsync("203.0.113.7", "b@example.com");

        // A made-up address in front of the one the platform appended changes nothing.
        var third = await PostAsync("10.9.8.7, 203.0.113.7", "c@example.com");
        var other = await PostAsync("198.51.100.20", "d@example.com");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.Created], [first, second, third, other]);
    }

    [Fact]
    public async Task Limit_IPv6AddressesOfOneNetwork_ShareOneAllowance()
    {
        async Task<HttpStatusCode> PostAsync(string forwardedFor, string email)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake") { Content = JsonContent.Create(IntakeSamples.Complaint(email)) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return (await App.Anonymous().SendAsync(request)).StatusCode;
        }

        // One subscriber's /64 holds 2^64 addresses: a new one per request must not buy a new allowance.
        var first = await PostAsync("2001:db8:aa:1::1", "a@example.com");
        var second = await PostAsync("[2001:db8:aa:1:ffff::2]:443", "b@example.com");
        var third = await PostAsync("2001:db8:aa:1:1234:5678:9abc:def0", "c@example.com");
        var otherNetwork = await PostAsync("2001:db8:aa:2::1", "d@example.com");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.Created], [first, second, third, otherNetwork]);
    }
}
