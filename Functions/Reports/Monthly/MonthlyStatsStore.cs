using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// The ReportStats table. Partition <c>month</c> holds one trend point per month (RowKey <c>yyyy-MM</c>), saved
/// when that month's summary is produced; partition <c>requested</c> remembers which monthly summaries the
/// timer has already asked for, so a second run asks for nothing.
/// </summary>
internal sealed class MonthlyStatsStore(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "ReportStats";
    private const string MonthPartition = "month";
    private const string RequestedPartition = "requested";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<IReadOnlyDictionary<ReportMonth, MonthTrendPoint>> GetAsync(ReportMonth first, ReportMonth last, CancellationToken cancellationToken)
    {
        var points = new Dictionary<ReportMonth, MonthTrendPoint>();
        var filter = TableFilter.Create($"PartitionKey eq {MonthPartition} and RowKey ge {first.ToString()} and RowKey le {last.ToString()}");
        await foreach (var row in Table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (ReportMonth.TryParse(row.RowKey, out var month) && JsonSerializer.Deserialize<MonthTrendPoint>(row.GetString("Doc") ?? "null", CaseJson.Options) is { } point)
            {
                points[month] = point;
            }
        }

        return points;
    }

    public async Task SaveAsync(MonthTrendPoint point, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(MonthPartition, point.Month) { ["Doc"] = JsonSerializer.Serialize(point, CaseJson.Options), ["SavedAt"] = clock.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<bool> WasRequestedAsync(ReportMonth month, CancellationToken cancellationToken) =>
        await Table.GetEntityAsync(RequestedPartition, month.ToString(), cancellationToken: cancellationToken) is not null;

    public async Task MarkRequestedAsync(ReportMonth month, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(RequestedPartition, month.ToString()) { ["RequestedAt"] = clock.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken);
}
