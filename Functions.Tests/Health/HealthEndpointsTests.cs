using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Health_StorageAnswers_ReportsOkForEachServiceAndTheVersion()
    {
        using var app = await FeedbackApp.StartAsync();

        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", body.GetProperty("version").GetString());
        foreach (var service in new[] { "tables", "queues", "blobs" })
        {
            Assert.Equal("ok", body.GetProperty("storage").GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Health_AfterTheHeartbeatRan_ShowsItsTime()
    {
        using var app = await FeedbackApp.StartAsync();
        await app.FireTimerAsync("Heartbeat");

        var body = await app.Anonymous().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal(app.Clock.GetUtcNow(), body.GetProperty("lastHeartbeat").GetDateTimeOffset());
    }

    [Fact]
    public async Task Health_StorageDoesNotAnswer_Answers503WithTheFailingServices()
    {
        var closed = ClosedPort();
        var connection = $"DefaultEndpointsProtocol=http;AccountName={Azurite.AccountName};AccountKey={Azurite.AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{closed}/{Azurite.AccountName};QueueEndpoint=http://127.0.0.1:{closed}/{Azurite.AccountName};TableEndpoint=http://127.0.0.1:{closed}/{Azurite.AccountName};";
        // One attempt each: the closed port refuses at once, so neither start-up nor the checks wait on retries.
        using var app = await FeedbackApp.StartAsync(
            settings: new Dictionary<string, string?> { ["Storage"] = connection, ["Storage:MaxRetries"] = "0" },
            waitForStorage: false);

        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal("failed", body.GetProperty("storage").GetProperty("tables").GetProperty("status").GetString());
        var detail = body.GetProperty("storage").GetProperty("queues").GetProperty("detail").GetString();
        Assert.Equal("The service did not answer or refused the request.", detail);
        Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
