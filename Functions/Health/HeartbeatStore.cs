using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Health;

/// <summary>Where the heartbeat timer records its runs (table Heartbeat), so health can show that timers fire.</summary>
internal sealed class HeartbeatStore(ITableServiceClient tables, StorageNames names)
{
    public const string TableName = "Heartbeat";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task RecordAsync(DateTimeOffset at, bool pastDue, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityAsync("heartbeat", "last", cancellationToken: cancellationToken);
        await Table.UpsertEntityAsync(
            new TableEntity("heartbeat", "last") { ["At"] = at, ["PastDue"] = pastDue, ["Runs"] = (current?.GetInt64("Runs") ?? 0) + 1 },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<DateTimeOffset?> LastAsync(CancellationToken cancellationToken) =>
        (await Table.GetEntityAsync("heartbeat", "last", cancellationToken: cancellationToken))?.GetDateTimeOffset("At");

    public async Task<long> RunsAsync(CancellationToken cancellationToken) =>
        (await Table.GetEntityAsync("heartbeat", "last", cancellationToken: cancellationToken))?.GetInt64("Runs") ?? 0;
}
