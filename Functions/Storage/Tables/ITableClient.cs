using Azure;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// One table. Shaped after Azure.Data.Tables.TableClient, which stands behind it in <see cref="SdkTableClient"/>;
/// features see our strict <see cref="TableEntity"/> and typed exceptions (docs/adr/0013-storage-on-azure-sdks.md).
/// </summary>
internal interface ITableClient
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns null when the entity does not exist.</summary>
    Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts; throws <see cref="EntityAlreadyExistsException"/> when the keys are taken.</summary>
    Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default);

    Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default);

    /// <summary>Updates only when the stored ETag equals <paramref name="ifMatch"/>; throws <see cref="ConcurrencyConflictException"/> on 412.</summary>
    Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default);

    /// <summary>Deletes; a missing entity is not an error. With a specific ETag a 412 throws <see cref="ConcurrencyConflictException"/>.</summary>
    Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default);

    /// <summary>All matching entities, following continuation tokens transparently.</summary>
    IAsyncEnumerable<TableEntity> QueryAsync(TableFilter? filter = null, int? maxPerPage = null, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of results; pass the returned token back to continue. The token is opaque and safe in a link;
    /// one this client did not issue throws <see cref="ArgumentException"/>.
    /// </summary>
    Task<TablePage> QueryPageAsync(TableFilter? filter, int pageSize, string? continuationToken = null, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default);

    /// <summary>Entity-group transaction: at most 100 actions, all in one partition, all or nothing.</summary>
    Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default);
}

internal enum TableUpdateMode
{
    Merge,
    Replace,
}

internal enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    UpsertMerge,
    UpsertReplace,
    Delete,
}

internal sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);

/// <summary>A page of a query; <see cref="ContinuationToken"/> is null on the last page.</summary>
internal sealed record TablePage(IReadOnlyList<TableEntity> Items, string? ContinuationToken);
