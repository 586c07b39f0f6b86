using System.Net;
using System.Net.Http.Json;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Pipeline;

/// <summary>
/// Storage that refuses connections for a while, made by a pipeline policy rather than by stopping a server: the
/// configured retries are counted attempt by attempt, and no test waits for real time to pass.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class RetryTests : IDisposable
{
    private static readonly TimeSpan ShortDelay = TimeSpan.FromMilliseconds(1);
    private readonly RefusingPolicy _refusing = new();

    public void Dispose() => _refusing.Dispose();

    [Fact]
    public async Task GetEntityAsync_RefusedAsOftenAsRetriesAllow_SucceedsOnTheLastAttempt()
    {
        var clients = StorageTestAccount.Clients(await Azurite.Shared, new StorageRetry(3, ShortDelay), _refusing);
        var table = clients.Tables().GetTableClient(Azurite.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = "kept" });

        _refusing.Refuse(3);
        var read = await table.GetEntityAsync("p", "r");

        Assert.Equal("kept", read?.GetString("V"));
        Assert.Equal(4, _refusing.Attempts);
    }

    [Fact]
    public async Task EveryService_RefusedMoreOftenThanRetriesAllow_ThrowsAnOutageAfterExactlyTheConfiguredAttempts()
    {
        var clients = StorageTestAccount.Clients(await Azurite.Shared, new StorageRetry(2, ShortDelay), _refusing);
        var table = clients.Tables().GetTableClient(Azurite.UniqueName("t"));
        var queue = clients.Queues().GetQueueClient(Azurite.UniqueName("q-"));
        var container = clients.Blobs().GetBlobContainerClient(Azurite.UniqueName("c-"));
        await Task.WhenAll(table.CreateIfNotExistsAsync(), queue.CreateIfNotExistsAsync(), container.CreateIfNotExistsAsync());
        List<Func<Task>> calls =
        [
            () => table.UpsertEntityAsync(new TableEntity("p", "r")),
            () => table.SubmitTransactionAsync([new(TableTransactionActionType.Add, new TableEntity("p", "a")), new(TableTransactionActionType.Add, new TableEntity("p", "b"))]),
            () => table.QueryAsync().ToListAsync().AsTask(),
            () => queue.SendMessageAsync("lost"),
            () => container.UploadAsync("a.txt", BinaryData.FromString("lost"), "text/plain"),
        ];

        foreach (var call in calls)
        {
            _refusing.Refuse(int.MaxValue);
            var failure = await Record.ExceptionAsync(call);

            Assert.NotNull(failure);
            Assert.True(StorageOutage.Is(failure), failure.ToString());
            Assert.IsNotType<TableTransactionFailedException>(failure);
            Assert.Equal(3, _refusing.Attempts);
        }

        _refusing.Refuse(0);
        Assert.Empty(await table.QueryAsync().ToListAsync());
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
        Assert.Null(await container.DownloadAsync("a.txt"));
    }

    [Fact]
    public async Task PostIntakeApi_StorageRefusing_Answers503AfterTheConfiguredRetriesThenCreatesOnceItAnswers()
    {
        using var app = await FeedbackApp.StartAsync(
            settings: new Dictionary<string, string?> { ["Storage:MaxRetries"] = "2", ["Storage:RetryDelay"] = "00:00:00.010" },
            services: services =>
            {
                services.RemoveAll<StorageClients>();
                services.AddSingleton(sp => StorageClients.FromOptions(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<ILoggerFactory>(), _refusing));
            });
        var client = app.Anonymous();
        var body = IntakeSamples.Complaint();
        body["submissionId"] = "crm-refused";

        _refusing.Refuse(int.MaxValue);
        var refused = await client.PostAsync("/api/intake", JsonContent.Create(body));
        var attempts = _refusing.Attempts;
        _refusing.Refuse(0);
        var created = await client.PostAsync("/api/intake", JsonContent.Create(body));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.True(attempts > 0 && attempts % 3 == 0, $"{attempts} attempts: each request should have been tried 3 times");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task EveryService_StorageAnswersServerBusy_RetriesThenThrowsAnOutage()
    {
        var requests = 0;
        await using var busy = await LoopbackServer.StartAsync(context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers["x-ms-error-code"] = "ServerBusy";
            return Task.CompletedTask;
        });
        var endpoint = new Uri(busy.Root, Azurite.AccountName);
        var account = new StorageAccount(endpoint, endpoint, endpoint, Azurite.AccountName, Convert.FromBase64String(Azurite.AccountKey));
        var clients = new StorageClients(account, credential: null, new StorageRetry(1, ShortDelay), StorageTransport.Create(), NullLoggerFactory.Instance);

        var failures = new[]
        {
            await Record.ExceptionAsync(() => clients.Tables().GetTableClient("busy").GetEntityAsync("p", "r")),
            await Record.ExceptionAsync(() => clients.Queues().GetQueueClient("busy").SendMessageAsync("x")),
            await Record.ExceptionAsync(() => clients.Blobs().GetBlobContainerClient("busy").DownloadAsync("x")),
        };

        Assert.All(failures, failure => Assert.Equal(503, Assert.IsAssignableFrom<RequestFailedException>(failure).Status));
        Assert.All(failures, failure => Assert.True(StorageOutage.Is(failure!)));
        Assert.Equal(6, requests);
    }
}
