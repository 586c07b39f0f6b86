using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// The ceiling: the storage requests one registration makes, issued straight at Azurite with our clients and
/// no HTTP, validation, rendering or numbering in between — and without contention (each "submission" numbers
/// in a partition of its own). Same requests, same order, same dependencies as the app:
/// customer lookup, e-mail row, follow-up due row and customer row, counter read, pending note, the case
/// transaction (counter, case, event), seven derived rows in parallel (three index rows, deadline, tracking,
/// two report facts), three queue messages in parallel, note delete. (The staff list is cached by the app.)
/// </summary>
internal sealed class RawStorageWrites
{
    private readonly ITableClient _cases;
    private readonly ITableClient _index;
    private readonly ITableClient _customers;
    private readonly ITableClient _schedule;
    private readonly ITableClient _tracking;
    private readonly ITableClient _facts;
    private readonly IQueueClient _mail;

    private RawStorageWrites(ITableServiceClient tables, IQueueServiceClient queues)
    {
        _cases = tables.GetTableClient("rawcases");
        _index = tables.GetTableClient("rawindex");
        _customers = tables.GetTableClient("rawcustomers");
        _schedule = tables.GetTableClient("rawschedule");
        _tracking = tables.GetTableClient("rawtracking");
        _facts = tables.GetTableClient("rawfacts");
        _mail = queues.GetQueueClient("raw-mail");
    }

    public static async Task<RawStorageWrites> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var clients = BenchStorage.Clients(connectionString);
        var raw = new RawStorageWrites(clients.Tables(), clients.Queues());
        foreach (var table in new[] { raw._cases, raw._index, raw._customers, raw._schedule, raw._tracking, raw._facts })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await raw._mail.CreateIfNotExistsAsync(cancellationToken);
        return raw;
    }

    public async Task<bool> RegisterAsync(long n, CancellationToken cancellationToken)
    {
        var id = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var document = new string('x', 2400);

        await _customers.GetEntityAsync("email", $"c{id}@example.com", cancellationToken: cancellationToken);
        await _customers.AddEntityAsync(new TableEntity("email", $"c{id}@example.com") { ["CustomerId"] = id }, cancellationToken);
        await _schedule.UpsertEntityAsync(new TableEntity("followup|2026120120", id) { ["Subject"] = id }, TableUpdateMode.Replace, cancellationToken);
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
            ],
            cancellationToken);

        await Task.WhenAll(
            _index.UpsertEntityAsync(new TableEntity("open|*", id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _index.UpsertEntityAsync(new TableEntity("open|service", id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _index.UpsertEntityAsync(new TableEntity("customer|" + id, id) { ["Search"] = document[..300] }, TableUpdateMode.Replace, cancellationToken),
            _tracking.UpsertEntityAsync(new TableEntity(id[^1..], "h" + id) { ["CaseNumber"] = id }, TableUpdateMode.Replace, cancellationToken),
            _schedule.UpsertEntityAsync(new TableEntity("deadline|20260302", id) { ["Subject"] = id }, TableUpdateMode.Replace, cancellationToken),
            _facts.UpsertEntityAsync(new TableEntity("m|202603", id) { ["Facts"] = document[..500] }, TableUpdateMode.Replace, cancellationToken),
            _facts.UpsertEntityAsync(new TableEntity("open", id) { ["Facts"] = document[..500] }, TableUpdateMode.Replace, cancellationToken),
            Task.WhenAll(Enumerable.Range(0, 3).Select(mail => _mail.SendMessageAsync($$"""{"mailId":"{{id}}-{{mail}}","template":"receipt"}""", cancellationToken: cancellationToken))));

        await _schedule.DeleteEntityAsync(note.PartitionKey, note.RowKey, cancellationToken: cancellationToken);
        return true;
    }
}
