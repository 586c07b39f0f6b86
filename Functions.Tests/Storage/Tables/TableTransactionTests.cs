using Azure;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Tables;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TableTransactionTests
{
    [Fact]
    public async Task SubmitTransactionAsync_HundredActions_AllAppliedWithETags()
    {
        var table = await StorageTestAccount.NewTableAsync();

        var etags = await table.SubmitTransactionAsync(Adds("p", 100));

        Assert.Equal(100, etags.Count);
        Assert.All(etags, etag => Assert.NotEqual(default, etag));
        Assert.Equal(100, (await table.QueryAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task SubmitTransactionAsync_HundredAndOneActions_RefusedClientSide()
    {
        var table = await StorageTestAccount.NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Adds("p", 101)));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransactionAsync_MixedPartitions_RefusedClientSide()
    {
        var table = await StorageTestAccount.NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([.. Adds("a", 2), .. Adds("b", 1)]));

        Assert.Contains("one partition key", error.Message, StringComparison.Ordinal);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransactionAsync_Empty_RefusedClientSide()
    {
        var table = await StorageTestAccount.NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
    }

    [Fact]
    public async Task SubmitTransactionAsync_FailingAction_RollsBackAllAndNamesIndex()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "b")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "overwritten" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "c")),
        ]));

        Assert.Equal(2, error.FailedActionIndex);
        Assert.Equal("taken", error.FailedAction?.Entity.RowKey);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.IsType<EntityAlreadyExistsException>(error.InnerException);
        Assert.Contains("action 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("The specified entity already exists.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        var stored = await table.QueryAsync().ToListAsync();
        Assert.Equal("taken", Assert.Single(stored).RowKey);
        Assert.Equal("original", stored[0].GetString("V"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETag_CarriesConcurrencyConflict()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "r") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(412, error.Status);
        Assert.True(error.IsConcurrencyConflict);
        Assert.IsType<ConcurrencyConflictException>(error.InnerException);
        Assert.Equal(1, error.FailedActionIndex);
        Assert.Null(await table.GetEntityAsync("p", "new"));
        Assert.Equal(2, (await table.GetEntityAsync("p", "r"))?.GetInt32("V"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_EveryActionType_AppliesEach()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var etags = await table.SubmitTransactionAsync(Adds("p", 4));

        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "000") { ["M"] = 1 }, etags[0]),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "001") { ["R"] = 1 }, ETag.All),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "002") { ["M"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "003")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "004") { ["R"] = 4 }),
        ]);

        var stored = (await table.QueryAsync().ToListAsync()).ToDictionary(e => e.RowKey);
        Assert.Equal(["000", "001", "002", "004"], stored.Keys.Order());
        Assert.Equal((0, 1), (stored["000"].GetInt32("N"), stored["000"].GetInt32("M")));
        Assert.False(stored["001"].ContainsKey("N"));
        Assert.Equal((2, 2), (stored["002"].GetInt32("N"), stored["002"].GetInt32("M")));
        Assert.Equal(4, stored["004"].GetInt32("R"));
    }

    private static List<TableTransactionAction> Adds(string partition, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"{i:D3}") { ["N"] = i }))
            .ToList();
}
