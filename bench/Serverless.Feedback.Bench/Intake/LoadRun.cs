using System.Diagnostics;
using System.Globalization;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// A closed-loop load: <c>clients</c> workers each send one request, wait for the answer, and send the next,
/// for a fixed time after a warm-up. Every answer's latency is kept, so percentiles are exact.
/// </summary>
internal static class LoadRun
{
    /// <summary>Numbers every request of the process, so no two runs send the same one.</summary>
    private static long _counter;

    public static async Task<LoadResult> RunAsync(int clients, TimeSpan warmUp, TimeSpan duration, Func<long, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        await RunForAsync(clients, warmUp, send, () => Interlocked.Increment(ref _counter), record: null, cancellationToken);
        var latencies = new List<double>[clients];
        var failures = new int[clients];
        var started = Stopwatch.GetTimestamp();
        await RunForAsync(clients, duration, send, () => Interlocked.Increment(ref _counter), (latencies, failures), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(clients, all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length, failures.Sum());
    }

    private static async Task RunForAsync(
        int clients, TimeSpan duration, Func<long, CancellationToken, Task<bool>> send, Func<long> next, (List<double>[] Latencies, int[] Failures)? record, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = new List<double>();
            if (record is { } r)
            {
                r.Latencies[worker] = mine;
            }

            while (!stop.IsCancellationRequested)
            {
                var begin = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send(next(), cancellationToken);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                if (record is { } rec)
                {
                    if (ok)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                    }
                    else
                    {
                        rec.Failures[worker]++;
                    }
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record LoadResult(int Clients, double PerSecond, double P50, double P95, double P99, int Requests, int Failures)
{
    public string Row(string what) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {what,-26} | {Clients,7} | {PerSecond,8:F0} | {P50,7:F1} | {P95,7:F1} | {P99,7:F1} | {Requests,8} | {Failures,6} |");
}
