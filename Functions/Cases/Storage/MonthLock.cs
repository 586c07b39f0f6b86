using System.Collections.Concurrent;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Serialises the numbering of one month within this store (one per app instance). Correctness comes from the counter's ETag;
/// the lock only keeps concurrent submissions on one instance from retrying against each other.
/// </summary>
internal sealed class MonthLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string month, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(month, _ => new SemaphoreSlim(1, 1));
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
