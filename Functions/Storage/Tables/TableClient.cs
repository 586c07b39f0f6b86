using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>One table over the Table service's OData JSON REST API.</summary>
internal sealed class TableClient : ITableClient
{
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    public TableClient(HttpPipeline pipeline, Uri endpoint, string name)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        Name = TableNames.ValidateTable(name);
    }

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJsonContent(message.Request, BinaryData.FromObjectAsJson(new { TableName = Name }).ToMemory());
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status is 201 or 204 || (response.Status == 409 && StorageErrors.Read(response).Code == "TableAlreadyExists"))
        {
            return;
        }

        throw StorageErrors.Failure(response, $"Creating table '{Name}'");
    }

    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, TablePaths.Entity(Name, partitionKey, rowKey));
        AddSelect(message.Request, select);
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        switch (response.Status)
        {
            case 200:
                var entity = EntityJsonReader.ReadEntity(response.Content.ToMemory().Span);
                if (ETagHeader.From(response) is var etag && etag != default)
                {
                    entity.ETag = etag;
                }

                return entity;
            case 404:
                return null;
            default:
                throw StorageErrors.Failure(response, $"Reading '{partitionKey}'/'{rowKey}' from table '{Name}'");
        }
    }

    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = CreateMessage(RequestMethod.Post, TablePaths.Table(Name));
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJsonContent(message.Request, EntityJsonWriter.Write(entity));
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return response.Status switch
        {
            201 or 204 => Stamp(entity, response),
            409 => throw new EntityAlreadyExistsException($"Table '{Name}' already holds an entity '{entity.PartitionKey}'/'{entity.RowKey}'."),
            _ => throw StorageErrors.Failure(response, $"Adding '{entity.PartitionKey}'/'{entity.RowKey}' to table '{Name}'"),
        };
    }

    public Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ifMatch: null, cancellationToken);

    public Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ETagHeader.Format(ifMatch), cancellationToken);

    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, TablePaths.Entity(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", ETagHeader.Format(ifMatch == default ? ETag.All : ifMatch));
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        switch (response.Status)
        {
            case 204 or 404:
                return;
            case 412:
                throw Conflict(response, partitionKey, rowKey);
            default:
                throw StorageErrors.Failure(response, $"Deleting '{partitionKey}'/'{rowKey}' from table '{Name}'");
        }
    }

    public async IAsyncEnumerable<TableEntity> QueryAsync(TableFilter? filter = null, int? maxPerPage = null, IReadOnlyCollection<string>? select = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuation? continuation = null;
        do
        {
            var (items, next) = await QueryOnceAsync(filter, maxPerPage, continuation, select, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            continuation = next;
        }
        while (continuation is not null);
    }

    public async Task<TablePage> QueryPageAsync(TableFilter? filter, int pageSize, string? continuationToken = null, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var continuation = continuationToken is null ? (TableContinuation?)null : TableContinuation.Parse(continuationToken);

        // The service may return a short or even empty page with a continuation (partition boundaries,
        // time limits); keep reading so a page is full unless the query is exhausted.
        var items = new List<TableEntity>(pageSize);
        do
        {
            var (page, next) = await QueryOnceAsync(filter, pageSize - items.Count, continuation, select, cancellationToken);
            items.AddRange(page);
            continuation = next;
        }
        while (continuation is not null && items.Count < pageSize);

        return new TablePage(items, continuation?.ToToken());
    }

    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TableBatchRequest.Validate(actions);
        var (content, contentType) = TableBatchRequest.Build(_endpoint, Name, actions);
        using var message = CreateMessage(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        message.Request.Content = content;
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return TableBatchResponse.Read(response, actions);
    }

    private static void AddJsonHeaders(Request request)
    {
        request.Headers.SetValue("Accept", "application/json;odata=minimalmetadata");
        request.Headers.SetValue("DataServiceVersion", "3.0");
    }

    private async Task<(List<TableEntity> Items, TableContinuation? Next)> QueryOnceAsync(TableFilter? filter, int? top, TableContinuation? continuation, IReadOnlyCollection<string>? select, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get, TablePaths.Query(Name));
        var uri = message.Request.Uri;
        if (filter is not null)
        {
            uri.AppendQuery("$filter", filter.Text, escapeValue: true);
        }

        AddSelect(message.Request, select);
        if (top is { } t)
        {
            uri.AppendQuery("$top", t.ToString(CultureInfo.InvariantCulture));
        }

        if (continuation is { } c)
        {
            uri.AppendQuery("NextPartitionKey", c.NextPartitionKey, escapeValue: true);
            if (c.NextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", c.NextRowKey, escapeValue: true);
            }
        }

        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw StorageErrors.Failure(response, $"Querying table '{Name}'");
        }

        return (EntityJsonReader.ReadEntities(response.Content.ToMemory().Span), TableContinuation.FromResponse(response));
    }

    private async Task<ETag> WriteAsync(TableEntity entity, TableUpdateMode mode, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = CreateMessage(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put, TablePaths.Entity(Name, entity.PartitionKey, entity.RowKey));
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }

        SetJsonContent(message.Request, EntityJsonWriter.Write(entity));
        var response = await _pipeline.SendRequestAsync(message, cancellationToken);
        return response.Status switch
        {
            204 => Stamp(entity, response),
            412 => throw Conflict(response, entity.PartitionKey, entity.RowKey),
            _ => throw StorageErrors.Failure(response, $"Writing '{entity.PartitionKey}'/'{entity.RowKey}' to table '{Name}'"),
        };
    }

    private ConcurrencyConflictException Conflict(Response response, string partitionKey, string rowKey) =>
        new($"'{partitionKey}'/'{rowKey}' in table '{Name}' changed since it was read; reload it and try again.", StorageErrors.Read(response).Code ?? "UpdateConditionNotSatisfied");

    private static ETag Stamp(TableEntity entity, Response response)
    {
        var etag = ETagHeader.From(response);
        entity.ETag = etag;
        return etag;
    }

    private static void AddSelect(Request request, IReadOnlyCollection<string>? select)
    {
        if (select is { Count: > 0 })
        {
            foreach (var name in select)
            {
                TableNames.ValidatePropertyName(name);
            }

            request.Uri.AppendQuery("$select", string.Join(',', select), escapeValue: true);
        }
    }

    private static void SetJsonContent(Request request, ReadOnlyMemory<byte> json)
    {
        request.Headers.SetValue("Content-Type", "application/json");
        request.Content = RequestContent.Create(json);
    }

    private HttpMessage CreateMessage(RequestMethod method, string path)
    {
        var message = _pipeline.CreateMessage(method, _endpoint, path);
        AddJsonHeaders(message.Request);
        return message;
    }
}
