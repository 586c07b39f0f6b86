using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.FollowUps.Contacts;

/// <summary><c>/api/staff/customers/{id}/contacts</c>: every bad input is refused with problem details and nothing is stored.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerContactEndpointsTests : AppTest
{
    public static TheoryData<string, string, HttpStatusCode> BadContacts => new()
    {
        { "no body", "", HttpStatusCode.BadRequest },
        { "not JSON", "visit on Monday", HttpStatusCode.BadRequest },
        { "no kind", """{"note":"Visited."}""", HttpStatusCode.BadRequest },
        { "unknown kind", """{"kind":"telepathy"}""", HttpStatusCode.BadRequest },
        { "in the future", """{"kind":"visit","at":"2026-03-09T09:00:00+08:00"}""", HttpStatusCode.BadRequest },
        { "two years ago", """{"kind":"visit","at":"2024-03-01T09:00:00+08:00"}""", HttpStatusCode.BadRequest },
        { "a note too long", JsonSerializer.Serialize(new { kind = "call", note = new string('x', 4001) }), HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadContacts))]
    public async Task Log_BadContact_AnswersProblemDetailsAndStoresNothing(string what, string body, HttpStatusCode expected)
    {
        var (client, id) = await CustomerAndClientAsync();

        var response = await client.PostAsync($"/api/staff/customers/{id}/contacts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await App.Get<FollowUpRecords>().ListAsync(id, CancellationToken.None));
        Assert.Equal(FeedbackApp.DefaultStart, (await App.CustomerAsync("chen@example.com")).LastContactAt);
    }

    [Fact]
    public async Task Log_UnknownCustomer_AnswersNotFound()
    {
        var (client, _) = await CustomerAndClientAsync();

        var response = await client.PostAsJsonAsync("/api/staff/customers/nobody/contacts", new { kind = "visit" });
        var list = await client.GetAsync("/api/staff/customers/nobody/contacts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Log_Visit_IsListedInTheCustomersRecord()
    {
        var (client, id) = await CustomerAndClientAsync();

        await client.PostAsJsonAsync($"/api/staff/customers/{id}/contacts", new { kind = "visit", at = FeedbackApp.DefaultStart.AddDays(2), note = "Market: competitor cut prices 5 %." });
        var record = await client.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}/contacts");

        var entry = Assert.Single(record.GetProperty("record").EnumerateArray());
        Assert.Equal("visit", entry.GetProperty("kind").GetString());
        Assert.Equal("qe", entry.GetProperty("by").GetString());
        Assert.Equal("Market: competitor cut prices 5 %.", entry.GetProperty("note").GetString());
        Assert.Equal(FeedbackApp.DefaultStart.AddDays(2), record.GetProperty("lastContactAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task ListAndLog_TierACustomer_AnswerTheTierCodeAsTheCustomerFileDoes()
    {
        var (client, id) = await CustomerAndClientAsync();
        await App.ChangeCustomerAsync("chen@example.com", c => c with { Tier = CustomerTier.A });

        var record = await client.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}/contacts");
        var logged = await (await client.PostAsJsonAsync($"/api/staff/customers/{id}/contacts", new { kind = "call" })).Content.ReadFromJsonAsync<JsonElement>();
        var file = await client.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");

        Assert.Equal("a", file.GetProperty("customer").GetProperty("tier").GetString());
        Assert.Equal("a", record.GetProperty("tier").GetString());
        Assert.Equal("a", logged.GetProperty("tier").GetString());
    }

    private async Task<(HttpClient Client, string CustomerId)> CustomerAndClientAsync()
    {
        await App.AddPeopleAsync();
        await App.RegisterAsync();
        App.Clock.SetUtcNow(FeedbackApp.DefaultStart.AddDays(5));
        return (await App.SignInAsync("qe"), (await App.CustomerAsync("chen@example.com")).Id);
    }
}
