using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Tests.Support;
using Xunit.Abstractions;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>
/// On real Table Storage every request a customer waits for is several milliseconds: what a registration sends
/// before it answers is counted here, request by request, and what it leaves to the queue is shown to follow.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class IntakeRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly StorageRequestLog _log = new();
    private FeedbackApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await FeedbackApp.StartAsync(services: s => s.AddSingleton<HttpPipelinePolicy>(_log));

        // The settings and calendar a registration reads are cached after the first one.
        using var warmUp = _app.CreateClient();
        (await warmUp.PostAsJsonAsync("/api/intake", Complaint("warm-up@example.com"))).EnsureSuccessStatusCode();
        await _app.SettleAsync();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("a new customer", "first-time@example.com", 7)]
    [InlineData("a known customer", "warm-up@example.com", 7)]
    public async Task Submit_WithoutAttachments_WaitsForAtMostSevenStorageRequests(string who, string email, int most)
    {
        using var client = _app.CreateClient();
        HttpResponseMessage? response = null;

        var requests = await _log.RecordAsync(async () => response = await client.PostAsJsonAsync("/api/intake", Complaint(email)));

        output.WriteLine($"{who}:{Environment.NewLine}{string.Join(Environment.NewLine, requests)}");
        Assert.Equal(HttpStatusCode.Created, response!.StatusCode);
        Assert.InRange(requests.Count, 1, most);
        Assert.DoesNotContain(requests, r => r.Contains("CaseIndex", StringComparison.Ordinal) || r.Contains("ReportFacts", StringComparison.Ordinal) || r.Contains("/mail-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_ThenTheQueueRuns_ListsTheCaseQueuesTheReceiptAndFilesTheCustomerAsGiven()
    {
        using var client = _app.CreateClient();
        var receipt = await (await client.PostAsJsonAsync("/api/intake", Complaint("later@example.com"))).Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("caseNumber").GetString();
        var tracking = await client.GetAsync(new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery);
        var listedBefore = await OpenCasesAsync();

        Assert.Equal(1, await _app.SettleAsync());

        Assert.Equal(HttpStatusCode.OK, tracking.StatusCode);
        Assert.DoesNotContain(number, listedBefore);
        Assert.Contains(number, await OpenCasesAsync());
        var customer = await _app.Get<CustomerStore>().FindByEmailAsync("later@example.com");
        Assert.Equal(("Zhang Wei", _app.Clock.GetUtcNow()), (customer!.Name, customer.LastContactAt));
        Assert.Contains(await _app.SendMailAsync(), m => m.To.Any(t => t.Address == "later@example.com"));
    }

    private static System.Text.Json.Nodes.JsonObject Complaint(string email)
    {
        var body = IntakeSamples.Complaint(email);
        body.Remove("attachments");
        body["name"] = "Zhang Wei";
        return body;
    }

    private async Task<List<string>> OpenCasesAsync() =>
        [.. (await _app.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None)).Items.Select(c => c.Number)];
}
