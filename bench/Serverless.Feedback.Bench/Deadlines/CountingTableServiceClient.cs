using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Deadlines;

/// <summary>
/// Wraps the app's Table service and counts, per table, the entities it hands back (point reads that found one,
/// every entity of a query), the HTTP requests made (through <see cref="RequestCountingPolicy"/> in the client's
/// pipeline, so every page of a query counts) and the time spent waiting for them. What the app reads is exactly
/// what passes through here.
/// </summary>
internal sealed class CountingTableServiceClient(ITableServiceClient inner) : ITableServiceClient
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new();

    public IReadOnlyDictionary<string, TableUse> Snapshot() =>
        _counters.ToDictionary(c => c.Key, c => new TableUse(Interlocked.Read(ref c.Value.Entities), Interlocked.Read(ref c.Value.Requests), TimeSpan.FromTicks(Interlocked.Read(ref c.Value.WaitTicks))));

    public void Reset() => _counters.Clear();

    public ITableClient GetTableClient(string tableName) => new CountingTableClient(inner.GetTableClient(tableName), _counters.GetOrAdd(tableName, _ => new Counter()));

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    internal sealed record TableUse(long Entities, long Requests, TimeSpan Waited);

    private sealed class Counter
    {
        public long Entities;
        public long Requests;
        public long WaitTicks;

        public async Task<T> TimeAsync<T>(Func<Task<T>> request, Func<T, long> entities)
        {
            RequestCountingPolicy.CountWith(() => Interlocked.Increment(ref Requests));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = await request();
            Interlocked.Add(ref WaitTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Add(ref Entities, entities(result));
            return result;
        }
    }

    private sealed class CountingTableClient(ITableClient inner, Counter counter) : ITableClient
    {
        public string Name => inner.Name;

        public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => inner.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default) =>
            counter.TimeAsync(() => inner.GetEntityAsync(partitionKey, rowKey, select, cancellationToken), e => e is null ? 0 : 1);

        public Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default) => Write(() => inner.AddEntityAsync(entity, cancellationToken));

        public Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
            Write(() => inner.UpsertEntityAsync(entity, mode, cancellationToken));

        public Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
            Write(() => inner.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken));

        public Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
            Write(async () =>
            {
                await inner.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
                return true;
            });

        public async IAsyncEnumerable<TableEntity> QueryAsync(
            TableFilter? filter = null, int? maxPerPage = null, IReadOnlyCollection<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // Pages are fetched inside the inner enumeration, within the counted call.
            var entities = await counter.TimeAsync(
                async () =>
                {
                    var all = new List<TableEntity>();
                    await foreach (var entity in inner.QueryAsync(filter, maxPerPage, select, cancellationToken))
                    {
                        all.Add(entity);
                    }

                    return all;
                },
                all => all.Count);
            foreach (var entity in entities)
            {
                yield return entity;
            }
        }

        public Task<TablePage> QueryPageAsync(TableFilter? filter, int pageSize, string? continuationToken = null, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default) =>
            counter.TimeAsync(() => inner.QueryPageAsync(filter, pageSize, continuationToken, select, cancellationToken), page => page.Items.Count);

        public Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default) =>
            Write(() => inner.SubmitTransactionAsync(actions, cancellationToken));

        private Task<T> Write<T>(Func<Task<T>> write) => counter.TimeAsync(write, _ => 0);
    }
}
