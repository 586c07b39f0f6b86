using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Tables;

/// <summary>User text on the right-hand side of a filter must match itself and nothing else.</summary>
[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TableFilterHostileInputTests
{
    private static readonly string[] Values =
    [
        "' or 1 eq 1",
        "x' or PartitionKey ne '",
        "''",
        "'",
        "\"",
        "\\\"",
        "中文",
        "😀",
        "e\u0301",
        "%",
        "%27",
        "&",
        "#",
        "+",
        "/",
        "?",
        "a\nb",
        "{0}",
        " or true",
        "",
    ];

    public static TheoryData<string> HostileValues() => new(Values);

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task QueryAsync_HostileRightHandSide_MatchesExactlyThatEntity(string value)
    {
        var table = await SharedTable.Table.Value;
        var partition = SharedTable.Partition;

        var matches = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {partition} and Name eq {value}")).ToListAsync();

        var match = Assert.Single(matches);
        Assert.Equal(value, match.GetString("Name"));
    }

    /// <summary>One table holding every hostile name plus a decoy, written once for all cases.</summary>
    private static class SharedTable
    {
        public const string Partition = "hostile";

        public static readonly Lazy<Task<ITableClient>> Table = new(async () =>
        {
            var table = await StorageTestAccount.NewTableAsync();
            var actions = Values
                .Select((name, i) => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, $"v{i:D3}") { ["Name"] = name }))
                .Append(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Partition, "decoy") { ["Name"] = "decoy" }))
                .ToList();
            await table.SubmitTransactionAsync(actions);
            await table.AddEntityAsync(new TableEntity("other", "decoy") { ["Name"] = "' or 1 eq 1" });
            return table;
        });
    }
}
