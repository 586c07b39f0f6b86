using System.Collections.Concurrent;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Reports.Facts;

/// <summary>Reads the facts the monthly statistics need from the ReportFacts table.</summary>
internal sealed class ReportFactsReader(ITableServiceClient tables, StorageNames names)
{
    private static readonly string[] Columns = ["RowKey", "Facts", "Version"];

    private ITableClient Table => tables.GetTableClient(names.Table(ReportFactRows.TableName));

    /// <summary>
    /// Every case something happened to from <paramref name="from"/> until <paramref name="until"/>, every open
    /// case and every case with an open action: enough to work out any month in that span, including what was
    /// open at its end (open now, or closed since).
    /// </summary>
    public async Task<IReadOnlyCollection<CaseFacts>> LoadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var queries = new List<TableFilter>
        {
            TableFilter.Create($"PartitionKey eq {ReportFactRows.OpenPartition}"),
            TableFilter.Create($"PartitionKey eq {ReportFactRows.ActionPartition}"),
        };
        var first = new DateTimeOffset(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        for (var month = first; month <= until; month = month.AddMonths(1))
        {
            var partition = ReportFactRows.MonthPartition(month);

            // Only the first UTC month can hold activity from before the span; its older rows are left on the server.
            queries.Add(month == first
                ? TableFilter.Create($"PartitionKey eq {partition} and LastAt ge {from}")
                : TableFilter.Create($"PartitionKey eq {partition}"));
        }

        var found = new ConcurrentDictionary<string, CaseFacts>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (filter, ct) =>
        {
            await foreach (var row in Table.QueryAsync(filter, maxPerPage: 1000, select: Columns, cancellationToken: ct))
            {
                var facts = ReportFactRows.Read(row);

                // Rows of one case are written together; should a write have been cut short, the newest wins.
                found.AddOrUpdate(row.RowKey, facts, (_, known) => known.Version >= facts.Version ? known : facts);
            }
        });
        return found.Values.ToList();
    }
}
