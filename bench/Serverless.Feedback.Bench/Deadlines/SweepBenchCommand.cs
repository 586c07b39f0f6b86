using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Bench.Tables;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Deadlines;

/// <summary>
/// The scaling rule (DESIGN "Data"): a sweep reads in proportion to what is due, never all cases. Stores 50,000
/// cases (45,000 closed; of the open ones, 100 fall due at each of four hours) on an in-memory Azurite, runs the
/// whole app in process, and measures one DeadlineSweep per hour (the first cold, the others warm), counting every
/// entity the app reads. Target: at most 2 × due + 50 entities and 2 s per sweep.
/// </summary>
internal sealed class SweepBenchCommand : IBenchCommand
{
    /// <summary>Wednesday 4 March 2026, 14:00 in Shanghai: this and the next three hours are working time in the default calendar.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 14, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Sweeps measured, an hour apart, each with its own batch of due cases.</summary>
    private const int Rounds = 4;

    public string Name => "sweep";

    public string Description => "DeadlineSweep over 50,000 stored cases on Azurite: [cases=50000] [due per sweep=100]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var total = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 50_000;
        var due = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 100;
        var closed = total * 9 / 10;
        var workload = new SweepWorkload(closed, total - closed - (Rounds * due), due, Rounds);

        await using var azurite = await BenchAzurite.StartAsync(BenchPaths.RepositoryRoot(), cancellationToken);
        var clock = new BenchClock(Now);
        await using var app = new SweepBenchApp(azurite.AccountConnectionString, clock);
        await app.Services.GetRequiredService<StorageInitializer>().Ready.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);

        var seeding = Stopwatch.StartNew();
        var entities = await SweepSeed.WriteAsync(app.Services, workload, Now, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {workload.Total:N0} cases ({workload.Closed:N0} closed, {workload.OpenNotDue:N0} open and not due, {Rounds} × {due} falling due an hour apart): {entities:N0} entities in {seeding.Elapsed.TotalSeconds:F1} s"));

        // One sweep per round, an hour apart: the first in a fresh process (code not yet compiled), the later ones warm.
        var runs = new List<SweepRun>();
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add(await SweepAsync(app, round == 0 ? "first (cold)" : $"+{round} h (warm)", cancellationToken));
            if (round == Rounds - 1)
            {
                runs.Add(await SweepAsync(app, "again at once", cancellationToken));
            }

            clock.Advance(TimeSpan.FromHours(1));
        }

        Console.WriteLine();
        Console.WriteLine("| sweep          | due rows | changes | entities read | target (2×due+50) | requests | time (s) | target | app CPU (s) |");
        Console.WriteLine("|----------------|---------:|--------:|--------------:|------------------:|---------:|---------:|-------:|------------:|");
        foreach (var run in runs)
        {
            var target = (2 * run.Report.DueRows) + 50;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Label,-14} | {run.Report.DueRows,8} | {run.Report.Changes,7} | {run.Entities,13} | {target,17} | {run.Requests,8} | {run.Elapsed.TotalSeconds,8:F2} | {"≤ 2",6} | {run.AppCpu.TotalSeconds,11:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Per table: entities read / requests / time waiting for storage (summed over parallel requests):");
        foreach (var run in runs)
        {
            Console.WriteLine($"  {run.Label}: " + string.Join("; ", run.ByTable.Where(t => t.Value.Requests > 0).OrderByDescending(t => t.Value.Waited).Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.Entities} / {t.Value.Requests} / {t.Value.Waited.TotalSeconds:F2} s"))));
        }

        // Every sweep must keep to the read budget and change exactly the due cases; the time target holds once warm.
        var ok = runs.All(r => r.Entities <= (2 * r.Report.DueRows) + 50) && runs.Take(Rounds).All(r => r.Report.Changes == due) &&
            runs.Skip(1).All(r => r.Elapsed <= TimeSpan.FromSeconds(2));
        Console.WriteLine(ok ? "Within the targets." : "OUTSIDE THE TARGETS.");
        return ok ? 0 : 1;
    }

    private static async Task<SweepRun> SweepAsync(SweepBenchApp app, string label, CancellationToken cancellationToken)
    {
        app.Counter.Reset();
        using var scope = app.Services.CreateScope();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var report = await scope.ServiceProvider.GetRequiredService<DeadlineSweepFunction>().SweepAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var byTable = app.Counter.Snapshot();
        return new SweepRun(label, report, byTable.Sum(t => t.Value.Entities), byTable.Sum(t => t.Value.Requests), elapsed, process.TotalProcessorTime - cpu, byTable);
    }

    private sealed record SweepRun(string Label, SweepReport Report, long Entities, long Requests, TimeSpan Elapsed, TimeSpan AppCpu, IReadOnlyDictionary<string, CountingTableServiceClient.TableUse> ByTable);

    /// <summary>
    /// The function app in process, as the tests run it: its own Azurite, the bench's clock, a counting Table client,
    /// no local trigger runner. (Any type of the app's assembly names its entry point; the bench has a Program of its own.)
    /// </summary>
    private sealed class SweepBenchApp(string connectionString, BenchClock clock) : WebApplicationFactory<DeadlineSweepFunction>
    {
        public CountingTableServiceClient Counter { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");

            // The project folder is "Functions", not the assembly's name the factory would guess.
            builder.UseContentRoot(Path.Combine(BenchPaths.RepositoryRoot(), "Functions"));
            builder.UseSetting("Storage", connectionString);
            builder.UseSetting("Storage:Prefix", "bench");
            builder.UseSetting("LocalRunner:Enabled", "false");
            builder.UseSetting("Mail:Pickup:Directory", Path.Combine(Path.GetTempPath(), "sf-bench-outbox"));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
                services.RemoveAll<ITableServiceClient>();
                services.AddSingleton<ITableServiceClient>(sp => Counter = new CountingTableServiceClient(
                    StorageClients.FromOptions(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<ILoggerFactory>(), new RequestCountingPolicy()).Tables()));
            });
        }
    }
}
