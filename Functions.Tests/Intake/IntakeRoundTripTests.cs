using System.Net;
using System.Net.Http.Json;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Tests.Support;
using Xunit.Abstractions;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>
/// On real Table Storage every request a customer waits for is several milliseconds: what a registration sends
/// before it answers is counted here, request by request.
/// </summary>
public sealed class IntakeRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Submit_NewCustomer_SendsFewStorageRequestsBeforeTheReceipt()
    {
        var log = new StorageRequestLog();
        using var app = await FeedbackApp.StartAsync(services: s => s.AddSingleton<HttpPipelinePolicy>(log));
        await app.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint("warm-up@example.com"));

        HttpResponseMessage? response = null;
        var requests = await log.RecordAsync(async () => response = await app.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint("new-customer@example.com")));

        output.WriteLine(string.Join(Environment.NewLine, requests));
        Assert.Equal(HttpStatusCode.Created, response!.StatusCode);
        Assert.InRange(requests.Count, 1, 8);
    }
}
