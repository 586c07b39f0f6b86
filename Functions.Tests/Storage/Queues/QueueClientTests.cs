using Azure;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Queues;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class QueueClientTests
{
    [Fact]
    public async Task ReceiveMessagesAsync_UnicodeJson_RoundTripsThroughBase64()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        const string Text = "{\"case\":\"FB-2026-000123\",\"note\":\"中文 😀 e\u0301 <&> 'quotes' \\\"escaped\\\"\\n\"}";

        var sent = await queue.SendMessageAsync(Text);
        var received = Assert.Single(await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30)));

        Assert.Equal(Text, received.MessageText);
        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
        Assert.True(received.NextVisibleOn > received.InsertedOn);
    }

    [Fact]
    public async Task SendMessageAsync_WireText_IsBase64OfUtf8()
    {
        var queue = await StorageTestAccount.NewQueueAsync();

        await queue.SendMessageAsync("héllo");
        var stored = Assert.Single((await (await RawAsync(queue)).PeekMessagesAsync(1)).Value);

        Assert.Equal(Convert.ToBase64String("héllo"u8.ToArray()), stored.Body.ToString());
        Assert.Equal("héllo", Assert.Single(await queue.PeekMessagesAsync(1)).MessageText);
    }

    [Theory]
    [InlineData("plain text, not base64!")]
    [InlineData("abcd")]
    [InlineData("{\"mailId\":\"x\"}")]
    public async Task ReceiveMessagesAsync_TextThatIsNotBase64Utf8_ReturnedAsStoredAlongsideOthers(string text)
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        await (await RawAsync(queue)).SendMessageAsync(text);
        await queue.SendMessageAsync("encoded");

        var peeked = await queue.PeekMessagesAsync(32);
        var received = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));

        Assert.Equal(new[] { "encoded", text }.Order(StringComparer.Ordinal), peeked.Select(m => m.MessageText).Order(StringComparer.Ordinal));
        var raw = Assert.Single(received, m => m.MessageText == text);
        Assert.Equal(1, raw.DequeueCount);
        Assert.Equal(2, received.Count);
        await queue.DeleteMessageAsync(raw.MessageId, raw.PopReceipt);
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task ReceiveMessagesAsync_VisibilityTimeout_HidesThenShowsAgain()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        await queue.SendMessageAsync("hide me");

        var first = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));
        var hidden = await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1));
        var again = await PollAsync(queue);

        Assert.Empty(hidden);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.NotEqual(first.PopReceipt, again.PopReceipt);
    }

    [Fact]
    public async Task UpdateMessageAsync_NewTextAndZeroVisibility_VisibleAtOnceWithNewText()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        await queue.SendMessageAsync("before");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5)));

        var receipt = await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero, "after");
        var again = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5)));

        Assert.NotEqual(received.PopReceipt, receipt.PopReceipt);
        Assert.Equal("after", again.MessageText);
        Assert.Equal(received.MessageId, again.MessageId);
    }

    [Fact]
    public async Task UpdateMessageAsync_LongerVisibility_KeepsMessageHidden()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        await queue.SendMessageAsync("work");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));

        var receipt = await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromMinutes(10));

        Assert.True(receipt.NextVisibleOn >= received.NextVisibleOn.AddMinutes(9));
        Assert.Empty(await queue.PeekMessagesAsync(32));
        await queue.DeleteMessageAsync(received.MessageId, receipt.PopReceipt);
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task DeleteMessageAsync_StalePopReceipt_Throws()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        await queue.SendMessageAsync("x");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5)));
        await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(received.MessageId, received.PopReceipt));

        Assert.Equal(400, error.Status);
        Assert.Equal("PopReceiptMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task SendMessageAsync_DelayAndNeverExpire_HiddenCountedAndNoExpiry()
    {
        var queue = await StorageTestAccount.NewQueueAsync();

        var delayed = await queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromHours(1), timeToLive: TimeSpan.FromSeconds(-1));
        await queue.SendMessageAsync("now", timeToLive: TimeSpan.FromMinutes(5));

        Assert.Equal(9999, delayed.ExpiresOn.Year);
        Assert.True(delayed.NextVisibleOn >= delayed.InsertedOn.AddMinutes(59));
        Assert.Equal(2, await queue.GetApproximateMessageCountAsync());
        Assert.Equal("now", Assert.Single(await queue.PeekMessagesAsync(32)).MessageText);
    }

    [Fact]
    public async Task ReceiveMessagesAsync_Many_ReturnsUpToMax()
    {
        var queue = await StorageTestAccount.NewQueueAsync();
        foreach (var i in Enumerable.Range(0, 5))
        {
            await queue.SendMessageAsync($"m{i}");
        }

        var batch = await queue.ReceiveMessagesAsync(3, TimeSpan.FromMinutes(1));

        Assert.Equal(3, batch.Count);
        Assert.Equal(5, await queue.GetApproximateMessageCountAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task ReceiveMessagesAsync_CountOutOfRange_Refused(int count)
    {
        var queue = await StorageTestAccount.NewQueueAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(count, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task SendMessageAsync_TooLarge_RefusedBeforeSending()
    {
        var queue = await StorageTestAccount.NewQueueAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(new string('x', 49 * 1024)));
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_IsHarmless()
    {
        var queue = await StorageTestAccount.NewQueueAsync();

        await queue.CreateIfNotExistsAsync();

        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Theory]
    [InlineData("UPPER")]
    [InlineData("a--b")]
    [InlineData("ab")]
    [InlineData("-abc")]
    public async Task GetQueueClient_InvalidName_Refused(string name)
    {
        var service = StorageTestAccount.Clients(await Support.Azurite.Shared).Queues();

        Assert.Throws<ArgumentException>(() => service.GetQueueClient(name));
    }

    /// <summary>The same queue through a plain SDK client that neither encodes nor decodes: what is on the wire.</summary>
    private static async Task<Azure.Storage.Queues.QueueClient> RawAsync(IQueueClient queue) =>
        new((await Support.Azurite.Shared).ConnectionString, queue.Name, new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None });

    /// <summary>
    /// Waits on Azurite's clock, not ours: the server decides when a hidden message is visible again.
    /// Bounded so a broken server fails the test instead of hanging it.
    /// </summary>
    private static async Task<QueueMessage> PollAsync(IQueueClient queue)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if ((await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).SingleOrDefault() is { } message)
            {
                return message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("The message did not become visible again within 6 s.");
    }
}
