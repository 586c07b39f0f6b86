using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Tables;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TableQueryTests
{
    private const int Count = 1500;

    [Fact]
    public async Task QueryAsync_MoreThanOneServicePage_YieldsEveryEntity()
    {
        var (table, partition) = await FilledAsync();

        var all = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {partition}")).ToListAsync();

        Assert.Equal(Count, all.Count);
        Assert.Equal(Count, all.Select(e => e.RowKey).Distinct().Count());
    }

    [Fact]
    public async Task QueryPageAsync_FollowingTokens_PagesUnionToAll()
    {
        var (table, partition) = await FilledAsync();
        var filter = TableFilter.Create($"PartitionKey eq {partition}");

        var first = await table.QueryPageAsync(filter, 1000);
        var second = await table.QueryPageAsync(filter, 1000, first.ContinuationToken);

        Assert.Equal(1000, first.Items.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(Count - 1000, second.Items.Count);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(Count, first.Items.Concat(second.Items).Select(e => e.RowKey).Distinct().Count());
    }

    [Fact]
    public async Task QueryAsync_MaxPerPageAndSelect_PagesSmallAndTrimsProperties()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.SubmitTransactionAsync(Enumerable.Range(0, 25)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"{i:D3}") { ["N"] = i, ["Other"] = "x" }))
            .ToList());

        var all = await table.QueryAsync(maxPerPage: 4, select: ["N"]).ToListAsync();
        var page = await table.QueryPageAsync(null, 4);

        Assert.Equal(Enumerable.Range(0, 25), all.Select(e => e.GetInt32("N")!.Value));
        Assert.All(all, e => Assert.False(e.ContainsKey("Other")));
        Assert.Equal(4, page.Items.Count);
        Assert.NotNull(page.ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_TypedComparisons_MatchByValue()
    {
        var table = await StorageTestAccount.NewTableAsync();
        var early = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var i in Enumerable.Range(0, 5))
        {
            await table.AddEntityAsync(new TableEntity("p", $"{i}") { ["Due"] = early.AddDays(i), ["Big"] = (long)i << 33, ["Open"] = i % 2 == 0 });
        }

        var due = await table.QueryAsync(TableFilter.Create($"Due le {early.AddDays(2)} and Open eq {true}")).ToListAsync();
        var big = await table.QueryAsync(TableFilter.Create($"Big gt {2L << 33}")).ToListAsync();

        Assert.Equal(["0", "2"], due.Select(e => e.RowKey));
        Assert.Equal(["3", "4"], big.Select(e => e.RowKey));
    }

    [Fact]
    public async Task QueryPageAsync_TokenInTheFormerFormat_ContinuesWhereItLeftOff()
    {
        var (table, partition) = await FilledAsync();
        var filter = TableFilter.Create($"PartitionKey eq {partition}");
        var first = await table.QueryPageAsync(filter, 1000);
        var keys = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(first.ContinuationToken)).Split(' ');

        var former = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(keys[0] + "\n" + keys[1]));
        var second = await table.QueryPageAsync(filter, 1000, former);

        Assert.Equal(Count - 1000, second.Items.Count);
        Assert.Equal(Count, first.Items.Concat(second.Items).Select(e => e.RowKey).Distinct().Count());
    }

    [Theory]
    [InlineData("not*a*token")]
    [InlineData("AAEC")]
    [InlineData("YSBiIGM")]
    [InlineData("")]
    public async Task QueryPageAsync_MalformedToken_RefusedAsArgument(string token)
    {
        var table = await StorageTestAccount.NewTableAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => table.QueryPageAsync(null, 10, token));
    }

    [Fact]
    public async Task QueryPageAsync_WellFormedButUnknownToken_AnswersOrRefusesAsArgument()
    {
        var table = await StorageTestAccount.NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var madeUp = System.Buffers.Text.Base64Url.EncodeToString("1!8!bm9uZQ-- 1!4!eA--"u8);

        var failure = await Record.ExceptionAsync(() => table.QueryPageAsync(null, 10, madeUp));

        Assert.True(failure is null or ArgumentException, failure?.ToString());
    }

    private static async Task<(ITableClient Table, string Partition)> FilledAsync()
    {
        var table = await StorageTestAccount.NewTableAsync();
        const string Partition = "paging";
        foreach (var chunk in Enumerable.Range(0, Count).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, $"{i:D5}") { ["N"] = i }))
                .ToList());
        }

        return (table, Partition);
    }
}
