using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using Azure;
using Sdk = Azure.Data.Tables;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>The Table service through Azure.Data.Tables.</summary>
internal sealed class SdkTableServiceClient(Sdk.TableServiceClient service) : ITableServiceClient
{
    public ITableClient GetTableClient(string tableName) => new SdkTableClient(service.GetTableClient(TableNames.ValidateTable(tableName)));

    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in service.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }
}

/// <summary>
/// One table through Azure.Data.Tables. Entities are converted to and from our strict <see cref="TableEntity"/>
/// (see docs/adr/0013-storage-on-azure-sdks.md); the SDK's failures become our typed exceptions.
/// </summary>
internal sealed class SdkTableClient(Sdk.TableClient table) : ITableClient
{
    private const int MaxActions = 100;

    public string Name => table.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default)
    {
        // An id from a URL may hold what no key can ('#', '/'): nothing is stored under it.
        if (!TableNames.IsValidKey(partitionKey) || !TableNames.IsValidKey(rowKey))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<Sdk.TableEntity>(partitionKey, rowKey, Select(select), cancellationToken);
        return response.HasValue ? FromSdk(response.Value!) : null;
    }

    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        try
        {
            return Stamp(entity, await table.AddEntityAsync(ToSdk(entity), cancellationToken));
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            throw new EntityAlreadyExistsException($"Table '{Name}' already holds an entity '{entity.PartitionKey}'/'{entity.RowKey}'.", e);
        }
    }

    public async Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        Stamp(entity, await table.UpsertEntityAsync(ToSdk(entity), Mode(mode), cancellationToken));

    public async Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An empty ETag cannot be used as a condition; pass ETag.All to match any version.", nameof(ifMatch));
        }

        try
        {
            return Stamp(entity, await table.UpdateEntityAsync(ToSdk(entity), ifMatch, Mode(mode), cancellationToken));
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw Conflict(e, entity.PartitionKey, entity.RowKey);
        }
    }

    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        TableNames.ValidateKey(partitionKey, "PartitionKey");
        TableNames.ValidateKey(rowKey, "RowKey");
        try
        {
            // The SDK answers a missing entity with its 404 response rather than an exception.
            await table.DeleteEntityAsync(partitionKey, rowKey, ifMatch == default ? ETag.All : ifMatch, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw Conflict(e, partitionKey, rowKey);
        }
    }

    public async IAsyncEnumerable<TableEntity> QueryAsync(TableFilter? filter = null, int? maxPerPage = null, IReadOnlyCollection<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in table.QueryAsync<Sdk.TableEntity>(filter?.Text, maxPerPage, Select(select), cancellationToken))
        {
            yield return FromSdk(entity);
        }
    }

    public async Task<TablePage> QueryPageAsync(TableFilter? filter, int pageSize, string? continuationToken = null, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var continuation = continuationToken is null ? null : PageToken.Read(continuationToken);

        // The service may return a short or even empty page with a continuation (partition boundaries, time
        // limits); keep reading so a page is full unless the query is exhausted, never asking for more than fits.
        var items = new List<TableEntity>(pageSize);
        do
        {
            var page = await FirstPageAsync(filter, pageSize - items.Count, continuation, select, cancellationToken);
            items.AddRange(page.Values.Select(FromSdk));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null && items.Count < pageSize);

        return new TablePage(items, continuation is null ? null : PageToken.Write(continuation));
    }

    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        Validate(actions);
        var sdkActions = actions.Select(a => new Sdk.TableTransactionAction(ActionType(a.ActionType), ToSdk(a.Entity), a.ETag)).ToList();
        try
        {
            var response = await table.SubmitTransactionAsync(sdkActions, cancellationToken);
            return response.Value.Select(r => r.Headers.ETag ?? default).ToList();
        }
        catch (Sdk.TableTransactionFailedException e)
        {
            throw TransactionFailure(e, e.FailedTransactionActionIndex, actions);
        }
        catch (RequestFailedException e) when (e.Status >= 400)
        {
            throw TransactionFailure(e, actions.Count == 1 ? 0 : null, actions);
        }
    }

    /// <summary>Each page is its own request, sized to what is still missing.</summary>
    private async Task<Page<Sdk.TableEntity>> FirstPageAsync(TableFilter? filter, int wanted, string? continuation, IReadOnlyCollection<string>? select, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var page in table.QueryAsync<Sdk.TableEntity>(filter?.Text, wanted, Select(select), cancellationToken).AsPages(continuation, wanted))
            {
                return page;
            }
        }
        catch (RequestFailedException e) when (e.Status == 400 && continuation is not null)
        {
            throw new ArgumentException("The continuation token is not one this list handed out; start again from the first page.", e);
        }

        throw new InvalidOperationException("The table service answered a query without a page.");
    }

    private ConcurrencyConflictException Conflict(RequestFailedException e, string partitionKey, string rowKey) =>
        new($"'{partitionKey}'/'{rowKey}' in table '{Name}' changed since it was read; reload it and try again.", e.ErrorCode ?? "UpdateConditionNotSatisfied", e);

    private static ETag Stamp(TableEntity entity, Response response)
    {
        var etag = response.Headers.ETag ?? default;
        entity.ETag = etag;
        return etag;
    }

    private static Sdk.TableUpdateMode Mode(TableUpdateMode mode) => mode == TableUpdateMode.Merge ? Sdk.TableUpdateMode.Merge : Sdk.TableUpdateMode.Replace;

    private static Sdk.TableTransactionActionType ActionType(TableTransactionActionType type) => type switch
    {
        TableTransactionActionType.Add => Sdk.TableTransactionActionType.Add,
        TableTransactionActionType.UpdateMerge => Sdk.TableTransactionActionType.UpdateMerge,
        TableTransactionActionType.UpdateReplace => Sdk.TableTransactionActionType.UpdateReplace,
        TableTransactionActionType.UpsertMerge => Sdk.TableTransactionActionType.UpsertMerge,
        TableTransactionActionType.UpsertReplace => Sdk.TableTransactionActionType.UpsertReplace,
        TableTransactionActionType.Delete => Sdk.TableTransactionActionType.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction action."),
    };

    private static List<string>? Select(IReadOnlyCollection<string>? select)
    {
        if (select is not { Count: > 0 })
        {
            return null;
        }

        foreach (var name in select)
        {
            TableNames.ValidatePropertyName(name);
        }

        return [.. select];
    }

    /// <summary>
    /// Our entity for the SDK: keys, names and values checked here, so a mistake fails before any request. The SDK
    /// writes doubles as JSON numbers, which have no NaN or infinity.
    /// </summary>
    private static Sdk.TableEntity ToSdk(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableNames.ValidateKey(entity.PartitionKey, "PartitionKey");
        TableNames.ValidateKey(entity.RowKey, "RowKey");
        var sdk = new Sdk.TableEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity)
        {
            if (value is null)
            {
                continue;
            }

            TableNames.ValidatePropertyName(name);
            if (value is double d && !double.IsFinite(d))
            {
                throw new ArgumentException($"Property '{name}' is {d}; only finite numbers can be stored.", nameof(entity));
            }

            sdk[name] = value;
        }

        return sdk;
    }

    /// <summary>
    /// The SDK's entity as ours. A whole number the service sent without a type comes back as an Int32, which
    /// our entity also reads as a double; the SDK's own getters would refuse it.
    /// </summary>
    private static TableEntity FromSdk(Sdk.TableEntity sdk)
    {
        var entity = new TableEntity(sdk.PartitionKey, sdk.RowKey) { Timestamp = sdk.Timestamp, ETag = sdk.ETag };
        foreach (var (name, value) in sdk)
        {
            if (value is null || name is "PartitionKey" or "RowKey" or "Timestamp" || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            entity[name] = value switch
            {
                DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
                BinaryData data => data.ToArray(),
                _ => value,
            };
        }

        return entity;
    }

    /// <summary>Checked before sending: the service's limits, with messages that say which action broke them.</summary>
    private static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity;
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a transaction must share one partition key; action {i} has '{entity.PartitionKey}', action 0 has '{partitionKey}'.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException($"Action {i} touches row '{entity.RowKey}' a second time; a transaction may act on each entity once.", nameof(actions));
            }
        }
    }

    private static TableTransactionFailedException TransactionFailure(RequestFailedException e, int? index, IReadOnlyList<TableTransactionAction> actions)
    {
        var action = index is { } i && i >= 0 && i < actions.Count ? actions[i] : null;
        var reason = ServiceReason(e.Message);
        var text = action is null
            ? $"The table transaction failed: {e.Status} {e.ErrorCode}. {reason} Nothing was applied."
            : $"The table transaction failed at action {index} ({action.ActionType} of '{action.Entity.PartitionKey}'/'{action.Entity.RowKey}'): {e.Status} {e.ErrorCode}. {reason} Nothing was applied.";
        Exception typed = e.Status switch
        {
            412 => new ConcurrencyConflictException(text, e.ErrorCode ?? "UpdateConditionNotSatisfied", e),
            409 when e.ErrorCode == "EntityAlreadyExists" => new EntityAlreadyExistsException(text, e),
            _ => e,
        };
        return new TableTransactionFailedException(e.Status, text, e.ErrorCode, action is null ? null : index, action, typed);
    }

    /// <summary>The service's own sentence: the first line of the SDK's message, without the action index it starts with.</summary>
    private static string ServiceReason(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line[..colon].All(char.IsAsciiDigit) ? line[(colon + 1)..] : line;
    }

    /// <summary>
    /// The SDK's continuation token ("next partition key, space, next row key") as Base64Url, so callers can keep
    /// it in a link or a form field; anything that does not decode to that shape is refused as an argument error.
    /// </summary>
    private static class PageToken
    {
        public static string Write(string continuation) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));

        public static string Read(string token)
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(token));
            }
            catch (Exception e) when (e is FormatException or DecoderFallbackException)
            {
                throw new ArgumentException("The continuation token is not one this list handed out; start again from the first page.", e);
            }

            // Tokens handed out before the SDK separated the two keys with a line break; links holding one still work.
            text = text.Replace('\n', ' ');
            return text.Length > 0 && text.Count(c => c == ' ') <= 1 && text.All(c => c is > ' ' and <= '~' or ' ')
                ? text
                : throw new ArgumentException("The continuation token is not one this list handed out; start again from the first page.");
        }
    }
}
