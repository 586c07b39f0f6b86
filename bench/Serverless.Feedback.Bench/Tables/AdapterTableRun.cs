using System.Diagnostics;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Tables;

/// <summary>The app's Table adapter over Azure.Data.Tables, built as the app builds it, doing the shared workload.</summary>
internal static class AdapterTableRun
{
    public static async Task<TableBenchResult> RunAsync(string connectionString, string tableName, int count, int concurrency, CancellationToken cancellationToken)
    {
        var service = BenchStorage.Clients(connectionString).Tables();
        await MeasureAsync(service.GetTableClient(tableName + "warm"), Math.Min(TableWorkload.WarmUpCount, count), concurrency, cancellationToken);
        return await MeasureAsync(service.GetTableClient(tableName), count, concurrency, cancellationToken);
    }

    private static async Task<TableBenchResult> MeasureAsync(ITableClient table, int count, int concurrency, CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        var insert = await TimedAsync(count, () => PoolAsync(count, concurrency, (i, ct) => table.AddEntityAsync(TableWorkload.Entity(i), ct), cancellationToken));
        var read = await TimedAsync(count, () => PoolAsync(count, concurrency, (i, ct) => table.GetEntityAsync(TableWorkload.PartitionKey(i), TableWorkload.RowKey(i), cancellationToken: ct), cancellationToken));
        var seen = 0;
        var query = await TimedAsync(count, async () =>
        {
            await foreach (var _ in table.QueryAsync(maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                seen++;
            }
        });
        return seen == count ? new TableBenchResult(insert, read, query) : throw new InvalidOperationException($"The query saw {seen} entities, expected {count}.");
    }

    private static Task PoolAsync<T>(int count, int concurrency, Func<int, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) => await work(i, ct));

    private static async Task<PhaseResult> TimedAsync(int count, Func<Task> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await run();
        var elapsed = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        return new PhaseResult(count / elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalMicroseconds / count);
    }
}
