using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Pipeline;

public sealed class RetryTests
{
    [Fact]
    public async Task GetEntityAsync_StorageRestartsMeanwhile_SucceedsThroughRetryWithDataIntact()
    {
        var location = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
        await using var azurite = await Azurite.StartAsync(location);
        var factory = StorageTestAccount.Factory(azurite);
        var table = TableServiceClient.Create(factory).GetTableClient(Azurite.UniqueName("t"));
        var queue = QueueServiceClient.Create(factory).GetQueueClient(Azurite.UniqueName("q-"));
        var marker = "kept-" + Guid.NewGuid().ToString("N");
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = marker });
        await WaitUntilPersistedAsync(location, marker, queue.Name);

        await azurite.StopAsync();
        var read = table.GetEntityAsync("p", "r");
        var send = queue.SendMessageAsync("sent while storage was down");
        await azurite.RestartAsync();

        Assert.Equal(marker, (await read)?.GetString("V"));
        await send;
        Assert.Equal("sent while storage was down", Assert.Single(await queue.PeekMessagesAsync(1)).MessageText);
    }

    /// <summary>
    /// Azurite saves its metadata files every few seconds and the fixture stops it abruptly, so wait (on
    /// Azurite's own schedule, bounded) until what the test wrote is on disk.
    /// </summary>
    private static async Task WaitUntilPersistedAsync(string location, params string[] markers)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var saved = string.Concat(Directory.EnumerateFiles(location, "__azurite_db_*").Select(ReadShared));
            if (markers.All(m => saved.Contains(m, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("Azurite did not save its data within 15 s.");
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            // Being rewritten right now; the next attempt reads it.
            return "";
        }
    }
}
