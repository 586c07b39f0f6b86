using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// The ceiling: the storage requests one registration makes before it answers, issued straight at Azurite with our
/// clients and no HTTP, validation, rendering or numbering in between — and without contention (each "submission"
/// numbers in a partition of its own). Same requests, same order, same dependencies as the app: e-mail lookup,
/// e-mail claim, counter read, pending note, the case transaction (counter, case, event), then the tracking row
/// and the follow-through message in parallel. (Settings, calendar and the staff list are cached by the app; the
/// index rows, report facts, mail and customer file follow from the queue and are not what a customer waits for.)
/// </summary>
internal sealed class RawStorageWrites
{
    private readonly ITableClient _cases;
    private readonly ITableClient _customers;
    private readonly ITableClient _schedule;
    private readonly ITableClient _tracking;
    private readonly IQueueClient _followThrough;

    private RawStorageWrites(ITableServiceClient tables, IQueueServiceClient queues)
    {
        _cases = tables.GetTableClient("rawcases");
        _customers = tables.GetTableClient("rawcustomers");
        _schedule = tables.GetTableClient("rawschedule");
        _tracking = tables.GetTableClient("rawtracking");
        _followThrough = queues.GetQueueClient("raw-followthrough");
    }

    public static async Task<RawStorageWrites> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var clients = BenchStorage.Clients(connectionString);
        var raw = new RawStorageWrites(clients.Tables(), clients.Queues());
        foreach (var table in new[] { raw._cases, raw._customers, raw._schedule, raw._tracking })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await raw._followThrough.CreateIfNotExistsAsync(cancellationToken);
        return raw;
    }

    public async Task<bool> RegisterAsync(long n, CancellationToken cancellationToken)
    {
        var id = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var document = new string('x', 2400);

        await _customers.GetEntityAsync("email", $"c{id}@example.com", cancellationToken: cancellationToken);
        await _customers.AddEntityAsync(new TableEntity("email", $"c{id}@example.com") { ["CustomerId"] = id }, cancellationToken);

        var month = "m" + id;
        await _cases.GetEntityAsync(month, "~counter", cancellationToken: cancellationToken);
        var note = new TableEntity("pending|20260302", id) { ["CaseNumber"] = id };
        await _schedule.UpsertEntityAsync(note, TableUpdateMode.Replace, cancellationToken);
        await _cases.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity(month, "~counter") { ["Next"] = 1 }),
                new(TableTransactionActionType.Add, new TableEntity(month, "case") { ["Doc0"] = document }),
                new(TableTransactionActionType.Add, new TableEntity(month, "case|000001") { ["Event0"] = document }),
            ],
            cancellationToken);

        await Task.WhenAll(
            _tracking.UpsertEntityAsync(new TableEntity(id[^1..], "h" + id) { ["CaseNumber"] = id }, TableUpdateMode.Replace, cancellationToken),
            _followThrough.SendMessageAsync($$"""{"notePartitionKey":"pending|20260302","noteRowKey":"{{id}}"}""", cancellationToken: cancellationToken));
        return true;
    }
}
