using System.Globalization;

namespace Serverless.Feedback.Bench.Tables;

/// <summary>
/// Our Table client against the official JavaScript SDK on one in-memory Azurite: inserts, point reads and
/// one query paging through everything, with the same number of requests in flight, each on a fresh table.
/// The machine is shared, so the two alternate over several rounds and each keeps its best figure.
/// </summary>
internal sealed class TablesBenchCommand : IBenchCommand
{
    public string Name => "tables";

    public string Description => "Table client vs @azure/data-tables on Azurite: [count=10000] [concurrency=32] [rounds=3]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 32;
        var rounds = arguments.Count > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 3;
        var root = BenchPaths.RepositoryRoot();

        await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
        Console.WriteLine($"Azurite (in memory) on 127.0.0.1:{azurite.TablePort}; {count} entities, {concurrency} requests in flight, best of {rounds} rounds.");
        var ours = new List<TableBenchResult>();
        var sdk = new List<TableBenchResult>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate who goes first so neither always meets a fuller Azurite.
            var oursFirst = round % 2 == 0;
            for (var turn = 0; turn < 2; turn++)
            {
                if ((turn == 0) == oursFirst)
                {
                    ours.Add(await OurTableClientRun.RunAsync(azurite.ConnectionString, $"benchours{round}", count, concurrency, cancellationToken));
                    Console.WriteLine($"round {round + 1} ours: {Format(ours[^1])}");
                }
                else
                {
                    sdk.Add(await JavaScriptSdkRun.RunAsync(root, azurite.ConnectionString, $"benchsdk{round}", count, concurrency, cancellationToken));
                    Console.WriteLine($"round {round + 1} SDK:  {Format(sdk[^1])}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| {"operation",-28} | {"ours ops/s",10} | {"SDK ops/s",10} | {"ratio",6} | {"ours CPU µs/op",14} | {"SDK CPU µs/op",13} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 12)}|{new string('-', 12)}|{new string('-', 8)}|{new string('-', 16)}|{new string('-', 15)}|");
        Row($"insert ({count})", ours.Select(r => r.Insert), sdk.Select(r => r.Insert));
        Row($"point read ({count})", ours.Select(r => r.Read), sdk.Select(r => r.Read));
        Row($"query paging {count} entities", ours.Select(r => r.Query), sdk.Select(r => r.Query));
        Console.WriteLine("ratio = ours / SDK throughput (above 1: ours faster); CPU = the client process's own time per operation, best round.");
        return 0;
    }

    private static string Format(TableBenchResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"insert {result.Insert.OpsPerSecond:F0}/s, read {result.Read.OpsPerSecond:F0}/s, query {result.Query.OpsPerSecond:F0}/s");

    private static void Row(string operation, IEnumerable<PhaseResult> ours, IEnumerable<PhaseResult> sdk)
    {
        var (oursOps, sdkOps) = (ours.Max(p => p.OpsPerSecond), sdk.Max(p => p.OpsPerSecond));
        var (oursCpu, sdkCpu) = (ours.Min(p => p.CpuMicrosecondsPerOp), sdk.Min(p => p.CpuMicrosecondsPerOp));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation,-28} | {oursOps,10:F0} | {sdkOps,10:F0} | {oursOps / sdkOps,6:F2} | {oursCpu,14:F1} | {sdkCpu,13:F1} |"));
    }
}
