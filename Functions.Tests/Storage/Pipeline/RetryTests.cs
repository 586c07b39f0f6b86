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
        var clients = StorageTestAccount.Clients(azurite);
        var table = clients.Tables().GetTableClient(Azurite.UniqueName("t"));
        var queue = clients.Queues().GetQueueClient(Azurite.UniqueName("q-"));
        var marker = "kept-" + Guid.NewGuid().ToString("N");
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = marker });
        await azurite.WaitUntilSavedAsync(marker, queue.Name);

        await azurite.StopAsync();
        var read = table.GetEntityAsync("p", "r");
        var send = queue.SendMessageAsync("sent while storage was down");
        await azurite.RestartAsync();

        Assert.Equal(marker, (await read)?.GetString("V"));
        await send;
        Assert.Equal("sent while storage was down", Assert.Single(await queue.PeekMessagesAsync(1)).MessageText);
    }
}
