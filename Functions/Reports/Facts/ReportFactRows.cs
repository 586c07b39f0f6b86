using System.Globalization;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Reports.Facts;

/// <summary>
/// The ReportFacts table: the <see cref="CaseFacts"/> of each case, kept with every change like the other
/// derived rows. Partitions: <c>m|{yyyyMM}</c> for each UTC month in which something happened to the case
/// (received, answered, resolved, closed, rated, an action done), <c>open</c> while the case is open and
/// <c>capa</c> while an approved action is open. A month's statistics read only that month's activity, the
/// open cases and the open actions — never the whole history.
/// </summary>
/// <remarks>
/// Months are UTC because a derived row is a pure function of the case, and the company's time zone is a
/// setting; a company month overlaps at most two UTC months, and <c>FirstAt</c>/<c>LastAt</c> let the reader
/// take only the edge of the neighbouring one (ADR 0009).
/// </remarks>
internal sealed class ReportFactRows : IDerivedRowSource
{
    public const string TableName = "ReportFacts";
    public const string OpenPartition = "open";
    public const string ActionPartition = "capa";

    private const string VersionColumn = "Version";

    public static string MonthPartition(DateTimeOffset instant) => "m|" + instant.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        var facts = CaseFacts.From(current);
        var json = JsonSerializer.Serialize(facts, CaseJson.Options);
        foreach (var month in facts.Activity().GroupBy(MonthPartition))
        {
            var row = Row(month.Key, facts, json);
            row.Entity["FirstAt"] = month.Min();
            row.Entity["LastAt"] = month.Max();
            yield return row;
        }

        if (facts.IsOpen)
        {
            yield return Row(OpenPartition, facts, json);
        }

        if (facts.HasOpenAction)
        {
            yield return Row(ActionPartition, facts, json);
        }
    }

    public static CaseFacts Read(TableEntity row) =>
        (JsonSerializer.Deserialize<CaseFacts>(row.GetString("Facts") ?? "null", CaseJson.Options)
            ?? throw new InvalidDataException($"Report facts row {row.PartitionKey}/{row.RowKey} is empty."))
        with { Version = row.GetInt32(VersionColumn) ?? 0 };

    // The version is the row's stamp, not part of the facts: most changes (reminders, notes, escalations) alter
    // no fact, and then the rows stay as they are.
    private static DerivedRow Row(string partition, CaseFacts facts, string json) =>
        new(TableName, new TableEntity(partition, facts.Number) { ["Facts"] = json, [VersionColumn] = facts.Version }, VersionColumn);
}
