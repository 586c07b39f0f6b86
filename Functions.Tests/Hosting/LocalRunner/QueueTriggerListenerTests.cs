using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.LocalRunner;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class QueueTriggerListenerTests : IDisposable
{
    private readonly string _queue = Azurite.UniqueName("q-");
    private readonly TestFunctionLayout _layout;

    public QueueTriggerListenerTests() => _layout = new TestFunctionLayout(_queue);

    public void Dispose() => _layout.Dispose();

    [Fact]
    public async Task PollOnce_MessageThatAlwaysFails_MovesToPoisonQueueAfterExactlyFiveAttempts()
    {
        var queues = await QueuesAsync();
        await queues.GetQueueClient(_queue).CreateIfNotExistsAsync();
        await queues.GetQueueClient(_queue).SendMessageAsync("broken");
        var listener = Listener("AlwaysFails", _queue, queues);

        for (var poll = 0; poll < 8; poll++)
        {
            await listener.PollOnceAsync(CancellationToken.None);
        }

        Assert.Equal(["fail:broken:1", "fail:broken:2", "fail:broken:3", "fail:broken:4", "fail:broken:5"], _layout.Calls.All);
        Assert.Equal(0, await queues.GetQueueClient(_queue).GetApproximateMessageCountAsync());
        var poisoned = await queues.GetQueueClient(_queue + "-poison").PeekMessagesAsync(32);
        Assert.Equal("broken", Assert.Single(poisoned).MessageText);
    }

    [Fact]
    public async Task PollOnce_MessageThatSucceeds_RunsOnceAndIsDeleted()
    {
        var queues = await QueuesAsync();
        var queue = queues.GetQueueClient(_queue + "-ok");
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("hello 你好");
        var listener = Listener("Counting", _queue + "-ok", queues);

        var first = await listener.PollOnceAsync(CancellationToken.None);
        var second = await listener.PollOnceAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal(["ok:hello 你好"], _layout.Calls.All);
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task PollOnce_MessageReceivedMoreOftenThanAllowed_IsPoisonedWithoutAnotherAttempt()
    {
        var queues = await QueuesAsync();
        var queue = queues.GetQueueClient(_queue);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("crashed-mid-run");

        // Five receives without an outcome: as if the app died while running the function each time.
        for (var i = 0; i < 5; i++)
        {
            var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
            await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero);
        }

        await Listener("AlwaysFails", _queue, queues).PollOnceAsync(CancellationToken.None);

        Assert.Empty(_layout.Calls.All);
        Assert.Single(await queues.GetQueueClient(_queue + "-poison").PeekMessagesAsync(32));
    }

    private static async Task<IQueueServiceClient> QueuesAsync() => StorageTestAccount.Clients(await Azurite.Shared).Queues();

    private QueueTriggerListener Listener(string function, string queueName, IQueueServiceClient queues) => new(
        _layout.Function(function),
        queueName,
        _layout.Catalog.Host.Queues,
        queues,
        _layout.Invoker,
        NullLogger.Instance);
}
