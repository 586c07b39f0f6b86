using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serverless.Feedback.Bench.Tables;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Cases;

/// <summary>
/// The console's case lists over a large store: seeds Azurite with N cases (rows exactly as CaseStore and its
/// index write them, in entity-group batches), then times the list queries the console makes through CaseLists.
/// </summary>
internal sealed class ListsBenchCommand : IBenchCommand
{
    public string Name => "lists";

    public string Description => "Case lists with 100,000 stored cases: [cases=100000] [openEvery=10] [queries=200]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var total = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 100_000;
        var openEvery = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 10;
        var queries = arguments.Count > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 200;

        await using var azurite = await BenchAzurite.StartAsync(RepositoryRoot.Find(), cancellationToken);
        var tables = BenchStorage.Clients(azurite.ConnectionString).Tables();
        var names = new StorageNames(new ConfigurationBuilder().Build());
        var seeded = Stopwatch.StartNew();
        var open = await SeedAsync(tables, names, total, openEvery, cancellationToken);
        Console.WriteLine($"Seeded {total:N0} cases ({open:N0} open) into Azurite (in memory) in {seeded.Elapsed.TotalSeconds:F0} s.");

        var clock = new FixedClock(SyntheticCases.Newest.AddDays(1));
        var lists = new CaseLists(tables, names, clock);
        var shapes = new (string What, CaseListQuery Query)[]
        {
            ("open cases of one department", new CaseListQuery { OpenOnly = true, Department = "quality", PageSize = 50 }),
            ("open, one department, major", new CaseListQuery { OpenOnly = true, Department = "quality", Severity = "major", PageSize = 50 }),
            ("open, one department, text", new CaseListQuery { OpenOnly = true, Department = "quality", Text = "sealant", PageSize = 50 }),
            ("all open cases", new CaseListQuery { OpenOnly = true, PageSize = 50 }),
            ("open cases of one handler", new CaseListQuery { OpenOnly = true, HandlerId = "h7", PageSize = 50 }),
            ("one customer's cases", new CaseListQuery { CustomerId = "c4242", PageSize = 50 }),
            ("closed, last 12 months, dept", new CaseListQuery { Stage = "closed", Department = "sales", PageSize = 50 }),
            ("everything received in a month", new CaseListQuery { From = new DateOnly(2026, 6, 1), To = new DateOnly(2026, 6, 30), PageSize = 50 }),
        };

        Console.WriteLine();
        Console.WriteLine($"| {"list (page of 50)",-32} | {"p50 ms",7} | {"p95 ms",7} | {"p99 ms",7} | {"items",5} |");
        Console.WriteLine($"|{new string('-', 34)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 7)}|");
        foreach (var (what, query) in shapes)
        {
            var items = 0;
            for (var warm = 0; warm < 5; warm++)
            {
                items = (await lists.ListAsync(query, cancellationToken)).Items.Count;
            }

            var times = new List<double>();
            for (var run = 0; run < queries; run++)
            {
                var started = Stopwatch.GetTimestamp();
                await lists.ListAsync(query, cancellationToken);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what,-32} | {Percentile(times, 0.5),7:F1} | {Percentile(times, 0.95),7:F1} | {Percentile(times, 0.99),7:F1} | {items,5} |"));
        }

        return 0;
    }

    private static async Task<int> SeedAsync(ITableServiceClient tables, StorageNames names, int total, int openEvery, CancellationToken cancellationToken)
    {
        var cases = tables.GetTableClient(names.Table(CaseRows.TableName));
        var index = tables.GetTableClient(names.Table(CaseIndexRows.TableName));
        await cases.CreateIfNotExistsAsync(cancellationToken);
        await index.CreateIfNotExistsAsync(cancellationToken);
        var source = new CaseIndexRows();
        var caseRows = new List<TableEntity>();
        var indexRows = new List<TableEntity>();
        var open = 0;
        for (var i = 0; i < total; i++)
        {
            var c = SyntheticCases.Make(i, total, openEvery);
            open += c.Stage == Serverless.Feedback.Cases.Model.CaseStage.Investigating ? 1 : 0;
            caseRows.Add(CaseRows.ToEntity(c));
            indexRows.AddRange(source.For(c).Select(r => r.Entity));
        }

        await WriteAsync(cases, caseRows, cancellationToken);
        await WriteAsync(index, indexRows, cancellationToken);
        return open;
    }

    /// <summary>Entity-group batches of up to 100 rows of one partition, eight in flight.</summary>
    private static Task WriteAsync(ITableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.DistinctBy(r => r.RowKey).Chunk(100)),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (batch, ct) => await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList(), ct));

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
