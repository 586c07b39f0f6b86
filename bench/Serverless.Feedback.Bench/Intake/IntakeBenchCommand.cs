using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Serverless.Feedback.Bench.Tables;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// Loads <c>POST /api/intake</c> of the real app (its own process, Release build) on one in-memory Azurite at
/// 1, 16 and 64 concurrent clients, then issues the same storage requests straight at Azurite as the ceiling.
/// </summary>
internal sealed class IntakeBenchCommand : IBenchCommand
{
    public string Name => "intake";

    public string Description => "JSON intake API under load vs the raw storage ceiling: [seconds=10] [clients=1,16,64]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var seconds = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10;
        var levels = arguments.Count > 1 ? arguments[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() : [1, 16, 64];
        var root = RepositoryRoot.Find();
        var duration = TimeSpan.FromSeconds(seconds);
        var warmUp = TimeSpan.FromSeconds(3);

        await using var azurite = await BenchAzurite.StartAsync(root, cancellationToken);
        await using var app = await FunctionAppProcess.StartAsync(
            root,
            new Dictionary<string, string>
            {
                ["Storage"] = azurite.ConnectionString,
                ["LocalRunner:Enabled"] = "false",
                ["Intake:SubmissionsPerMinutePerClient"] = "10000",
            },
            cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = app.BaseAddress };
        await SeedComplaintDeskAsync(azurite.ConnectionString, cancellationToken);
        var raw = await RawStorageWrites.CreateAsync(azurite.ConnectionString, cancellationToken);

        Console.WriteLine($"Function app (Release, own process, local trigger runner off) and Azurite (in memory) on loopback; {seconds} s per level after a {warmUp.TotalSeconds:F0} s warm-up.");
        Console.WriteLine("Each submission: a complaint from a new customer, no attachment; two people staff the complaint desk, so 3 mails are queued.");
        var results = new List<(LoadResult Api, LoadResult Raw)>();
        foreach (var clients in levels)
        {
            var api = await LoadRun.RunAsync(clients, warmUp, duration, (n, ct) => SubmitAsync(http, n, ct), cancellationToken);
            var ceiling = await LoadRun.RunAsync(clients, warmUp, duration, raw.RegisterAsync, cancellationToken);
            results.Add((api, ceiling));
            Console.WriteLine(api.Row("intake API") + "  " + ceiling.Row("raw storage"));
        }

        Console.WriteLine();
        Console.WriteLine($"| {"what",-26} | {"clients",7} | {"req/s",8} | {"p50 ms",7} | {"p95 ms",7} | {"p99 ms",7} | {"requests",8} | {"failed",6} |");
        Console.WriteLine($"|{new string('-', 28)}|{new string('-', 9)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 10)}|{new string('-', 8)}|");
        foreach (var (api, ceiling) in results)
        {
            Console.WriteLine(api.Row("intake API"));
            Console.WriteLine(ceiling.Row("raw storage (ceiling)"));
        }

        Console.WriteLine();
        foreach (var (api, ceiling) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{api.Clients} clients: intake at {api.PerSecond / ceiling.PerSecond:P0} of the raw-storage ceiling"));
        }

        return 0;
    }

    /// <summary>Two people on the complaint desk receive the new-case notice, as in a small company.</summary>
    private static async Task SeedComplaintDeskAsync(string connectionString, CancellationToken cancellationToken)
    {
        var directory = new StaffDirectory(BenchStorage.Clients(connectionString).Tables(), new StorageNames(new ConfigurationBuilder().Build()), TimeProvider.System);
        foreach (var id in new[] { "desk.one", "desk.two" })
        {
            await directory.SaveAsync(new StaffMember { Id = id, Email = id + "@example.com", Name = id, Department = "service" }, ifMatch: null, cancellationToken);
        }
    }

    private static async Task<bool> SubmitAsync(HttpClient http, long n, CancellationToken cancellationToken)
    {
        var id = n.ToString(CultureInfo.InvariantCulture);
        using var response = await http.PostAsJsonAsync(
            "/api/intake",
            new
            {
                kind = "complaint",
                name = "客户 " + id,
                company = "华东精密制造有限公司",
                email = $"load{id}@example.com",
                language = n % 2 == 0 ? "zh-CN" : "en",
                product = "结构胶 JG-300",
                batch = "B2611-07",
                quantityAffected = 40,
                description = "固化后出现裂纹，两条生产线停线。The sealant cracked after curing; two lines stopped.",
                remedy = "onSiteVisit",
                consent = true,
            },
            cancellationToken);
        return response.StatusCode == HttpStatusCode.Created;
    }
}
