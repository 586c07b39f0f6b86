using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// The ceiling: the storage requests one registration makes, issued straight at Azurite with our clients and
/// no HTTP, validation, rendering or numbering in between — and without contention (each "submission" numbers
/// in a partition of its own). Same requests, same order, same dependencies as the app:
/// customer lookup and two adds, counter read, pending note, the case transaction (counter, case, event,
/// submission), five derived rows in parallel, the staff directory read, three queue messages, note delete.
/// </summary>
internal sealed class RawStorageWrites
{
    private readonly ITableClient _cases;
    private readonly ITableClient _index;
    private readonly ITableClient _customers;
    private readonly ITableClient _schedule;
    private readonly ITableClient _tracking;
    private readonly ITableClient _staff;
    private readonly IQueueClient _mail;

    private RawStorageWrites(ITableServiceClient tables, IQueueServiceClient queues)
    {
        _cases = tables.GetTableClient("rawcases");
        _index = tables.GetTableClient("rawindex");
        _customers = tables.GetTableClient("rawcustomers");
        _schedule = tables.GetTableClient("rawschedule");
        _tracking = tables.GetTableClient("rawtracking");
        _staff = tables.GetTableClient("rawstaff");
        _mail = queues.GetQueueClient("raw-mail");
    }

    public static async Task<RawStorageWrites> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new StoragePipelineFactory(StorageConnectionString.Parse(connectionString), credential: null, StorageTransport.Create(), TimeProvider.System, NullLoggerFactory.Instance);
        var raw = new RawStorageWrites(TableServiceClient.Create(factory), QueueServiceClient.Create(factory));
        foreach (var table in new[] { raw._cases, raw._index, raw._customers, raw._schedule, raw._tracking, raw._staff })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await raw._mail.CreateIfNotExistsAsync(cancellationToken);
        await raw._staff.UpsertEntityAsync(new TableEntity("staff", "a") { ["Name"] = "A" }, TableUpdateMode.Replace, cancellationToken);
        await raw._staff.UpsertEntityAsync(new TableEntity("staff", "b") { ["Name"] = "B" }, TableUpdateMode.Replace, cancellationToken);
        return raw;
    }

    public async Task<bool> RegisterAsync(long n, CancellationToken cancellationToken)
    {
        var id = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var document = new string('x', 2400);

        await _customers.GetEntityAsync("email", $"c{id}@example.com", cancellationToken: cancellationToken);
        await _customers.AddEntityAsync(new TableEntity("email", $"c{id}@example.com") { ["CustomerId"] = id }, cancellationToken);
        await _customers.AddEntityAsync(new TableEntity("customer", id) { ["Doc"] = document[..400] }, cancellationToken);

        var month = "m" + id;
        await _cases.GetEntityAsync(month, "~counter", cancellationToken: cancellationToken);
        var note = new TableEntity("pending|20260302", id) { ["CaseNumber"] = id };
        await _schedule.UpsertEntityAsync(note, TableUpdateMode.Replace, cancellationToken);
        await _cases.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity(month, "~counter") { ["Next"] = 1 }),
                new(TableTransactionActionType.Add, new TableEntity(month, "case") { ["Doc0"] = document }),
                new(TableTransactionActionType.Add, new TableEntity(month, "case|000001") { ["Event0"] = document }),
                new(TableTransactionActionType.Add, new TableEntity(month, "~sub|" + id) { ["CaseNumber"] = id }),
            ],
            cancellationToken);

        await Task.WhenAll(
            _index.UpsertEntityAsync(new TableEntity("open|*", id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _index.UpsertEntityAsync(new TableEntity("open|service", id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _index.UpsertEntityAsync(new TableEntity("customer|" + id, id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _tracking.UpsertEntityAsync(new TableEntity(id[^1..], "h" + id) { ["CaseNumber"] = id }, TableUpdateMode.Replace, cancellationToken),
            _schedule.UpsertEntityAsync(new TableEntity("deadline|20260302", id) { ["Subject"] = id }, TableUpdateMode.Replace, cancellationToken));

        await foreach (var _ in _staff.QueryAsync(TableFilter.Create($"PartitionKey eq {"staff"}"), cancellationToken: cancellationToken))
        {
        }

        for (var mail = 0; mail < 3; mail++)
        {
            await _mail.SendMessageAsync($$"""{"mailId":"{{id}}-{{mail}}","template":"receipt"}""", cancellationToken: cancellationToken);
        }

        await _schedule.DeleteEntityAsync(note.PartitionKey, note.RowKey, cancellationToken: cancellationToken);
        return true;
    }
}
