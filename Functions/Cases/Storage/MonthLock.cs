using System.Collections.Concurrent;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Serialises registrations of one month within this process. Correctness comes from the counter's ETag;
/// the lock only keeps concurrent submissions on one instance from retrying against each other.
/// </summary>
internal static class MonthLock
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string month, CancellationToken cancellationToken)
    {
        var gate = Locks.GetOrAdd(month, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
