using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// A note, written before a case change is stored, that the work following it (index rows, mail, reports)
/// is outstanding. The writer deletes it when that work is done; if the process dies first, the sweep finds
/// the note after <see cref="Grace"/> and finishes the work, so nothing a change promised is lost.
/// </summary>
internal sealed record PendingWork(string CaseNumber, int Version, string AttemptId, IReadOnlyList<DerivedRowKey> StaleRows)
{
    public const string Kind = "pending";

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public TableEntity ToEntity(DateTimeOffset now)
    {
        var row = ScheduleRows.Create(Kind, now + Grace, $"{CaseNumber}|{Version}|{AttemptId}");
        row["CaseNumber"] = CaseNumber;
        row["Version"] = Version;
        row["StaleRows"] = JsonSerializer.Serialize(StaleRows, CaseJson.Options);
        return row;
    }

    public static PendingWork FromEntity(TableEntity row) => new(
        row.GetString("CaseNumber") ?? "",
        row.GetInt32("Version") ?? 0,
        row.RowKey,
        JsonSerializer.Deserialize<List<DerivedRowKey>>(row.GetString("StaleRows") ?? "[]", CaseJson.Options) ?? []);
}
