namespace Serverless.Feedback.Bench.Tables;

/// <summary>One measured phase: throughput, and the client process's own CPU time per operation.</summary>
internal sealed record PhaseResult(double OpsPerSecond, double CpuMicrosecondsPerOp);

/// <summary>The three measured phases.</summary>
internal sealed record TableBenchResult(PhaseResult Insert, PhaseResult Read, PhaseResult Query);

/// <summary>The entities both clients write, identical in keys, names and types.</summary>
internal static class TableWorkload
{
    public const int WarmUpCount = 500;

    private static readonly DateTimeOffset Base = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static string PartitionKey(int i) => $"p{i % 10}";

    public static string RowKey(int i) => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static Storage.Tables.TableEntity Entity(int i) => new(PartitionKey(i), RowKey(i))
    {
        ["Name"] = $"customer {i}",
        ["Count"] = i,
        ["Amount"] = i + 0.5,
        ["When"] = Base.AddSeconds(i),
        ["Id"] = Guid.Parse($"00000000-0000-4000-8000-{i:x12}"),
        ["Big"] = (long)i * 1048576,
    };
}
