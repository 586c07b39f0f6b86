using System.Diagnostics;
using System.Globalization;
using Serverless.Feedback.Bench.Tables;

namespace Serverless.Feedback.Bench.Hosting;

/// <summary>
/// Cold start: from starting the app's process to its first 200 for <c>/health</c> and for the <c>/feedback</c>
/// page, as its own ASP.NET Core host (<c>--urls</c>) and as the isolated worker under the stand-in Functions host
/// (process start, worker connected, functions loaded, first proxied answer). Each on the Release build output (JIT)
/// and on a ReadyToRun publish; every start is a new process on the same in-memory Azurite.
/// </summary>
internal sealed class ColdStartBenchCommand : IBenchCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public string Name => "coldstart";

    public string Description => "Process start to first /health and /feedback 200, own host vs Functions worker, JIT vs ReadyToRun: [runs=10]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var runs = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10;
        var root = RepositoryRoot.Find();
        var built = Path.Combine(root, "Functions", "bin", "Release", "net10.0");
        var readyToRun = Path.Combine(Path.GetTempPath(), "sf-coldstart-r2r-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Console.WriteLine("Publishing with ReadyToRun (linux-x64, framework-dependent)...");
            await PublishReadyToRunAsync(root, readyToRun, cancellationToken);
            await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
            var settings = new Dictionary<string, string?>
            {
                ["Storage"] = azurite.ConnectionString,
                ["Storage__Prefix"] = "cold",
                ["LocalRunner__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",

                // Both hosts alike: no watchers on the settings files (they never change once deployed, and the
                // machine's inotify instances are shared with everything else running on it).
                ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            };

            Console.WriteLine($"{runs} starts per row and path, after one start that is not counted (it lays out storage and warms the file cache).");
            var rows = new List<ColdStartRow>();
            foreach (var (build, directory) in new[] { ("build output (JIT)", built), ("ReadyToRun publish", readyToRun) })
            {
                foreach (var host in new IColdStart[] { new OwnHostStart(), new WorkerHostStart() })
                {
                    var row = await MeasureAsync(host, build, directory, settings, runs, cancellationToken);
                    Console.WriteLine(row.Line());
                    rows.Add(row);
                }
            }

            Console.WriteLine();
            Console.WriteLine("| host | build | to first /health 200 | to first /feedback 200 | worker connected | functions loaded |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
            rows.ForEach(r => Console.WriteLine(r.Line()));
            Console.WriteLine();
            Console.WriteLine("Milliseconds from the app's process start: median (min–max).");
            return 0;
        }
        finally
        {
            if (Directory.Exists(readyToRun))
            {
                Directory.Delete(readyToRun, recursive: true);
            }
        }
    }

    private static async Task<ColdStartRow> MeasureAsync(
        IColdStart host, string build, string directory, IReadOnlyDictionary<string, string?> settings, int runs, CancellationToken cancellationToken)
    {
        await host.StartAsync(directory, settings, "/health", Limit, cancellationToken);
        var health = new List<ColdStartTimes>();
        var page = new List<ColdStartTimes>();
        for (var run = 0; run < runs; run++)
        {
            // Alternated, so a change in the machine's load falls on both paths alike.
            health.Add(await host.StartAsync(directory, settings, "/health", Limit, cancellationToken));
            page.Add(await host.StartAsync(directory, settings, "/feedback", Limit, cancellationToken));
        }

        return new ColdStartRow(host.Name, build, health, page);
    }

    private static async Task PublishReadyToRunAsync(string root, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine(root, "Functions"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                     "-p:PublishReadyToRun=true", "-o", output, "-nologo", "-v", "quiet",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{await standardOutput}\n{await error}");
        }
    }
}

/// <summary>Times from the process start of one cold start; the worker's connect and load times only under the Functions host.</summary>
internal sealed record ColdStartTimes(TimeSpan FirstOk, TimeSpan? Connected = null, TimeSpan? Loaded = null);

internal sealed record ColdStartRow(string Host, string Build, IReadOnlyList<ColdStartTimes> Health, IReadOnlyList<ColdStartTimes> Page)
{
    public string Line()
    {
        var all = Health.Concat(Page).ToList();
        return $"| {Host} | {Build} | {Spread(Health.Select(t => t.FirstOk))} | {Spread(Page.Select(t => t.FirstOk))} | " +
               $"{Spread(all.Where(t => t.Connected is not null).Select(t => t.Connected!.Value))} | {Spread(all.Where(t => t.Loaded is not null).Select(t => t.Loaded!.Value))} |";
    }

    private static string Spread(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
        if (sorted.Count == 0)
        {
            return "—";
        }

        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:N0} ({sorted[0]:N0}–{sorted[^1]:N0})");
    }
}
