using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>Writes the derived rows of a case and removes those that no longer apply.</summary>
internal sealed class DerivedRowWriter(ITableServiceClient tables, StorageNames names, IEnumerable<IDerivedRowSource> sources)
{
    public IReadOnlyList<DerivedRow> For(CaseRecord? current) =>
        current is null ? [] : sources.SelectMany(s => s.For(current)).ToList();

    public async Task SyncAsync(IReadOnlyList<DerivedRow> desired, IEnumerable<DerivedRowKey> stale, CancellationToken cancellationToken)
    {
        var keep = desired.Select(r => r.Key).ToHashSet();

        // Upserts in one partition go as one transaction; partitions and tables in parallel.
        var upserts = desired
            .GroupBy(r => (r.Table, r.Entity.PartitionKey))
            .Select(g => UpsertAsync(g.Key.Table, g.Select(r => r.Entity).ToList(), cancellationToken));

        // Deletes go one by one: a missing row would fail a whole transaction, and missing is fine here.
        var deletes = stale.Distinct().Where(k => !keep.Contains(k))
            .Select(k => Table(k.Table).DeleteEntityAsync(k.PartitionKey, k.RowKey, cancellationToken: cancellationToken));
        await Task.WhenAll(upserts.Concat(deletes));
    }

    private async Task UpsertAsync(string table, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        var client = Table(table);
        if (rows.Count == 1)
        {
            await client.UpsertEntityAsync(rows[0], TableUpdateMode.Replace, cancellationToken);
            return;
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await client.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList(), cancellationToken);
        }
    }

    private ITableClient Table(string name) => tables.GetTableClient(names.Table(name));
}
