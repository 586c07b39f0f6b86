using Azure;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Tables;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TableEntityTests
{
    [Fact]
    public async Task GetEntityAsync_EveryPropertyType_RoundTripsWithItsType()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var when = new DateTimeOffset(2026, 3, 2, 9, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "héllo 中文 😀",
            ["Empty"] = "",
            ["Flag"] = true,
            ["Small"] = -42,
            ["Big"] = long.MaxValue,
            ["NegativeBig"] = long.MinValue + 1,
            ["Whole"] = 2.0,
            ["Fraction"] = 0.1 + 0.2,
            ["Tiny"] = 5e-300,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal("héllo 中文 😀", read.GetString("Text"));
        Assert.Equal("", read.GetString("Empty"));
        Assert.True(read.GetBoolean("Flag"));
        Assert.Equal(-42, Assert.IsType<int>(read["Small"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(read["Big"]));
        Assert.Equal(long.MinValue + 1, Assert.IsType<long>(read["NegativeBig"]));
        Assert.Equal(2.0, Assert.IsType<double>(read["Whole"]));
        Assert.Equal(0.1 + 0.2, Assert.IsType<double>(read["Fraction"]));
        Assert.Equal(5e-300, Assert.IsType<double>(read["Tiny"]));
        Assert.Equal(when.UtcTicks, Assert.IsType<DateTimeOffset>(read["When"]).UtcTicks);
        Assert.Equal(id, Assert.IsType<Guid>(read["Id"]));
        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, read.GetBinary("Bytes"));
        Assert.Equal(etag, read.ETag);
        Assert.Equal(etag, entity.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task QueryAsync_TypedValues_ComeBackTypedInQueriesToo()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Big"] = 1L << 40, ["Whole"] = 3.0, ["Id"] = Guid.Empty });

        var read = Assert.Single(await table.QueryAsync(TableFilter.Create($"Big eq {1L << 40}")).ToListAsync());

        Assert.IsType<long>(read["Big"]);
        Assert.IsType<double>(read["Whole"]);
        Assert.IsType<Guid>(read["Id"]);
        Assert.NotEqual(default, read.ETag);
    }

    [Fact]
    public async Task GetEntityAsync_Missing_ReturnsNull()
    {
        var table = await StorageTestAccount.NewTableAsync();

        Assert.Null(await table.GetEntityAsync("p", "nobody"));
    }

    [Fact]
    public async Task GetEntityAsync_WithSelect_ReturnsOnlyChosenProperties()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var read = await table.GetEntityAsync("p", "r", ["A"]);

        Assert.Equal("a", read?.GetString("A"));
        Assert.False(read?.ContainsKey("B"));
    }

    [Fact]
    public async Task AddEntityAsync_Twice_ThrowsEntityAlreadyExists()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        var error = await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(409, error.Status);
        Assert.Equal(1, (await table.GetEntityAsync("p", "r"))?.GetInt32("V"));
    }

    [Fact]
    public async Task UpdateEntityAsync_StaleETag_ThrowsConflictAndLeavesStoredEntity()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = "first" });
        var current = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = "second" }, stale);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = "lost update" }, stale, TableUpdateMode.Replace));

        Assert.Equal(412, error.Status);
        var stored = await table.GetEntityAsync("p", "r");
        Assert.Equal("second", stored?.GetString("V"));
        Assert.Equal(current, stored?.ETag);
        Assert.NotEqual(stale, current);
    }

    [Fact]
    public async Task DeleteEntityAsync_StaleETag_ThrowsConflictAndKeepsEntity()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r"));
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.NotNull(await table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntityAsync_MissingOrCurrent_DeletesWithoutError()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteEntityAsync("p", "r", etag);
        await table.DeleteEntityAsync("p", "r");

        Assert.Null(await table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task UpsertEntityAsync_MergeKeepsOtherProperties_ReplaceDropsThem()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = 20 }, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = 3 }, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        Assert.Equal((1, 20), (merged?.GetInt32("A"), merged?.GetInt32("B")));
        Assert.Equal(["C"], replaced!.Keys);
    }

    [Fact]
    public async Task UpdateEntityAsync_MissingEntity_ThrowsNotFound()
    {
        var table = await StorageTestAccount.NewTableAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "gone"), ETag.All));

        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task AddEntityAsync_KeysWithQuotesAndUnicode_AddressTheRightEntity()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var partitionKey = "O'Brien & Co. 100% 中文";
        var rowKey = "it's a \"row\" + more=ok;";
        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });

        var read = await table.GetEntityAsync(partitionKey, rowKey);
        await table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 2 }, read!.ETag);
        await table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal((partitionKey, rowKey), (read.PartitionKey, read.RowKey));
        Assert.Null(await table.GetEntityAsync(partitionKey, rowKey));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a\tb")]
    public async Task AddEntityAsync_ForbiddenKeyCharacter_RefusedBeforeSending(string key)
    {
        var table = await StorageTestAccount.NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public async Task AddEntityAsync_NonFiniteDouble_RefusedBeforeSending(double value)
    {
        var table = await StorageTestAccount.NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = value }));

        Assert.Contains("finite", error.Message, StringComparison.Ordinal);
        Assert.Null(await table.GetEntityAsync("p", "r"));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("")]
    public async Task AddEntityAsync_InvalidPropertyName_RefusedBeforeSending(string name)
    {
        var table = await StorageTestAccount.NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "r") { [name] = 1 }));
        Assert.Null(await table.GetEntityAsync("p", "r"));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-hyphen")]
    [InlineData("tables")]
    public async Task GetTableClient_InvalidName_Refused(string name)
    {
        var service = StorageTestAccount.Clients(await Support.Azurite.Shared).Tables();

        Assert.Throws<ArgumentException>(() => service.GetTableClient(name));
    }

    [Fact]
    public async Task PingAsync_Azurite_Succeeds()
    {
        var service = StorageTestAccount.Clients(await Support.Azurite.Shared).Tables();

        var ping = await Record.ExceptionAsync(() => service.PingAsync());

        Assert.Null(ping);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_IsHarmless()
    {
        var table = await StorageTestAccount.NewTableAsync();

        await table.CreateIfNotExistsAsync();

        Assert.Empty(await table.QueryAsync().ToListAsync());
    }
}
