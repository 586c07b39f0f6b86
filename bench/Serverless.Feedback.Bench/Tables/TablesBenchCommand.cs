using System.Globalization;

namespace Serverless.Feedback.Bench.Tables;

/// <summary>
/// The app's Table client (our adapter over the .NET SDK, Azure.Data.Tables) against the official JavaScript SDK
/// (@azure/data-tables) on one in-memory Azurite: inserts, point reads and
/// one query paging through everything, with the same number of requests in flight, each on a fresh table.
/// The machine is shared, so the two alternate over several rounds and each keeps its best figure.
/// </summary>
internal sealed class TablesBenchCommand : IBenchCommand
{
    public string Name => "tables";

    public string Description => "Table adapter over Azure.Data.Tables vs @azure/data-tables on Azurite: [count=10000] [concurrency=32] [rounds=3]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 32;
        var rounds = arguments.Count > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 3;
        var root = BenchPaths.RepositoryRoot();

        await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
        Console.WriteLine($"Azurite (in memory) on 127.0.0.1:{azurite.TablePort}; {count} entities, {concurrency} requests in flight, best of {rounds} rounds.");
        var adapter = new List<TableBenchResult>();
        var js = new List<TableBenchResult>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate who goes first so neither always meets a fuller Azurite.
            var adapterFirst = round % 2 == 0;
            for (var turn = 0; turn < 2; turn++)
            {
                if ((turn == 0) == adapterFirst)
                {
                    adapter.Add(await AdapterTableRun.RunAsync(azurite.ConnectionString, $"benchadapter{round}", count, concurrency, cancellationToken));
                    Console.WriteLine($"round {round + 1} .NET adapter: {Format(adapter[^1])}");
                }
                else
                {
                    js.Add(await JavaScriptSdkRun.RunAsync(root, azurite.ConnectionString, $"benchjs{round}", count, concurrency, cancellationToken));
                    Console.WriteLine($"round {round + 1} JS SDK:       {Format(js[^1])}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| {"operation",-28} | {"adapter ops/s",13} | {"JS SDK ops/s",12} | {"ratio",6} | {"adapter CPU µs/op",17} | {"JS SDK CPU µs/op",16} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 15)}|{new string('-', 14)}|{new string('-', 8)}|{new string('-', 19)}|{new string('-', 18)}|");
        Row($"insert ({count})", adapter.Select(r => r.Insert), js.Select(r => r.Insert));
        Row($"point read ({count})", adapter.Select(r => r.Read), js.Select(r => r.Read));
        Row($"query paging {count} entities", adapter.Select(r => r.Query), js.Select(r => r.Query));
        Console.WriteLine("adapter = the app's ITableClient over Azure.Data.Tables; JS SDK = @azure/data-tables.");
        Console.WriteLine("ratio = adapter / JS SDK throughput (above 1: adapter faster); CPU = the client process's own time per operation, best round.");
        return 0;
    }

    private static string Format(TableBenchResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"insert {result.Insert.OpsPerSecond:F0}/s, read {result.Read.OpsPerSecond:F0}/s, query {result.Query.OpsPerSecond:F0}/s");

    private static void Row(string operation, IEnumerable<PhaseResult> adapter, IEnumerable<PhaseResult> js)
    {
        var (adapterOps, jsOps) = (adapter.Max(p => p.OpsPerSecond), js.Max(p => p.OpsPerSecond));
        var (adapterCpu, jsCpu) = (adapter.Min(p => p.CpuMicrosecondsPerOp), js.Min(p => p.CpuMicrosecondsPerOp));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation,-28} | {adapterOps,13:F0} | {jsOps,12:F0} | {adapterOps / jsOps,6:F2} | {adapterCpu,17:F1} | {jsCpu,16:F1} |"));
    }
}
