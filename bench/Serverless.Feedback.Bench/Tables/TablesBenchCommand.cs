using System.Globalization;

namespace Serverless.Feedback.Bench.Tables;

/// <summary>
/// Our Table client against the official JavaScript SDK on one in-memory Azurite: inserts, point reads and
/// one query paging through everything, with the same number of requests in flight, each on a fresh table.
/// </summary>
internal sealed class TablesBenchCommand : IBenchCommand
{
    public string Name => "tables";

    public string Description => "Table client vs @azure/data-tables on Azurite: [count=10000] [concurrency=32]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 32;
        var root = RepositoryRoot();

        await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
        Console.WriteLine($"Azurite (in memory) on 127.0.0.1:{azurite.TablePort}; {count} entities, {concurrency} requests in flight.");
        var ours = await OurTableClientRun.RunAsync(azurite.ConnectionString, "benchours", count, concurrency, cancellationToken);
        var sdk = await JavaScriptSdkRun.RunAsync(root, azurite.ConnectionString, "benchsdk", count, concurrency, cancellationToken);

        Console.WriteLine();
        Console.WriteLine($"| {"operation",-28} | {"ours ops/s",10} | {"SDK ops/s",10} | {"ratio",6} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 12)}|{new string('-', 12)}|{new string('-', 8)}|");
        Row($"insert ({count})", ours.Insert, sdk.Insert);
        Row($"point read ({count})", ours.Read, sdk.Read);
        Row($"query paging {count} entities", ours.Query, sdk.Query);
        return 0;
    }

    private static void Row(string operation, double ours, double sdk) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation,-28} | {ours,10:F0} | {sdk,10:F0} | {ours / sdk,6:F2} |"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Serverless.Feedback.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.Feedback.sln not found above " + AppContext.BaseDirectory);
    }
}
