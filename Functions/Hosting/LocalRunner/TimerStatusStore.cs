using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// The schedule monitor: last and next run of each timer function (table TimerStatus), so a run missed
/// while the app was down is made up with <c>IsPastDue</c> when it starts again.
/// </summary>
internal sealed class TimerStatusStore(ITableServiceClient tables, StorageNames names)
{
    public const string TableName = "TimerStatus";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<TimerScheduleStatus?> GetAsync(string function, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityAsync("timers", function, cancellationToken: cancellationToken);
        return row?.GetDateTimeOffset("Last") is { } last && row.GetDateTimeOffset("Next") is { } next
            ? new TimerScheduleStatus(last, next, row.GetDateTimeOffset("LastUpdated") ?? last)
            : null;
    }

    public async Task SaveAsync(string function, TimerScheduleStatus status, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity("timers", function) { ["Last"] = status.Last, ["Next"] = status.Next, ["LastUpdated"] = status.LastUpdated },
            TableUpdateMode.Replace,
            cancellationToken);
}
