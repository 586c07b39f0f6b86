using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Tables;

/// <summary>
/// Each kind of value our filters compare with, against what Azurite stores through the SDK adapter: a literal
/// that lost its type (2.0 written as 2) or its precision (fractional seconds) would match the wrong rows.
/// (Azurite compares times to the millisecond, so neighbouring times are a millisecond apart.)
/// </summary>
[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TableFilterTypedTests
{
    private static readonly DateTimeOffset Second = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Fraction = Second.AddTicks(1_234_567);
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static readonly Dictionary<string, (TableFilter Filter, string[] Expected)> Cases = new()
    {
        ["string with quotes"] = (TableFilter.Create($"Text eq {"it's \"quoted\""}"), ["a"]),
        ["string range"] = (TableFilter.Create($"Text ge {"it's"} and Text lt {"it't"}"), ["a"]),
        ["bool"] = (TableFilter.Create($"Flag eq {true}"), ["a", "c"]),
        ["int"] = (TableFilter.Create($"Small eq {2}"), ["b"]),
        ["int range"] = (TableFilter.Create($"Small gt {-1} and Small le {2}"), ["a", "b"]),
        ["long"] = (TableFilter.Create($"Big eq {(1L << 40) + 1}"), ["b"]),
        ["long beyond int"] = (TableFilter.Create($"Big gt {1L << 40}"), ["b"]),
        ["double 2.0"] = (TableFilter.Create($"Amount eq {2.0}"), ["a"]),
        ["double 0.1"] = (TableFilter.Create($"Amount eq {0.1}"), ["b"]),
        ["double range"] = (TableFilter.Create($"Amount gt {0.1} and Amount lt {2.5}"), ["a"]),
        ["time at a fraction"] = (TableFilter.Create($"When eq {Fraction}"), ["b"]),
        ["time from a fraction"] = (TableFilter.Create($"When ge {Fraction}"), ["b", "c"]),
        ["time before a fraction"] = (TableFilter.Create($"When lt {Fraction}"), ["a"]),
        ["time after the second"] = (TableFilter.Create($"When gt {Second}"), ["b", "c"]),
        ["guid"] = (TableFilter.Create($"Id eq {Id}"), ["c"]),
        ["binary"] = (TableFilter.Create($"Bytes eq {new byte[] { 0, 1, 255 }}"), ["a"]),
    };

    public static TheoryData<string> Comparisons() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Comparisons))]
    public async Task QueryAsync_TypedLiteral_MatchesExactlyTheRowsWithThatValue(string what)
    {
        var table = await Shared.Table.Value;
        var (filter, expected) = Cases[what];

        var rows = await table.QueryAsync(filter.And(TableFilter.Create($"PartitionKey eq {"typed"}"))).ToListAsync();

        Assert.True(expected.SequenceEqual(rows.Select(r => r.RowKey)), $"{what}: {filter} matched [{string.Join(", ", rows.Select(r => r.RowKey))}]");
    }

    private static class Shared
    {
        public static readonly Lazy<Task<ITableClient>> Table = new(async () =>
        {
            var table = await StorageTestAccount.NewTableAsync();
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity("typed", "a")
                {
                    ["Text"] = "it's \"quoted\"", ["Flag"] = true, ["Small"] = 0, ["Big"] = 1L, ["Amount"] = 2.0, ["When"] = Second,
                    ["Id"] = Guid.Empty, ["Bytes"] = new byte[] { 0, 1, 255 },
                }),
                new(TableTransactionActionType.Add, new TableEntity("typed", "b")
                {
                    ["Text"] = "plain", ["Flag"] = false, ["Small"] = 2, ["Big"] = (1L << 40) + 1, ["Amount"] = 0.1, ["When"] = Fraction,
                    ["Id"] = Guid.NewGuid(), ["Bytes"] = new byte[] { 0, 1 },
                }),
                new(TableTransactionActionType.Add, new TableEntity("typed", "c")
                {
                    ["Text"] = "it", ["Flag"] = true, ["Small"] = 3, ["Big"] = 1L << 40, ["Amount"] = 2.5, ["When"] = Fraction.AddMilliseconds(1),
                    ["Id"] = Id, ["Bytes"] = new byte[] { 1 },
                }),
            ]);
            await table.AddEntityAsync(new TableEntity("other", "a") { ["Text"] = "it's \"quoted\"", ["Small"] = 2, ["Amount"] = 2.0, ["Id"] = Id });
            return table;
        });
    }
}
