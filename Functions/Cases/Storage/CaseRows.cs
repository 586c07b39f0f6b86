using System.Globalization;
using System.Text.Json;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Layout of the Cases table. One partition per month of receipt (the month in the case number), holding:
/// the case row (RowKey = case number), its history events (RowKey = "{number}|{version:D6}", so a range
/// query returns case and history together), the month's number counter ("~counter") and idempotency
/// rows for submissions ("~sub|{submissionId}"). Everything a registration or a change writes sits in one
/// partition, so it is written in one entity-group transaction.
/// </summary>
internal static class CaseRows
{
    public const string TableName = "Cases";
    public const string CounterKey = "~counter";

    public static string PartitionOf(string caseNumber) =>
        CaseNumber.TryParse(caseNumber, out var month, out _) ? month : throw new ArgumentException($"'{caseNumber}' is not a case number.", nameof(caseNumber));

    public static string EventKey(string caseNumber, int version) => $"{caseNumber}|{version.ToString("D6", CultureInfo.InvariantCulture)}";

    public static string SubmissionKey(string submissionId) => "~sub|" + submissionId;

    public static TableEntity ToEntity(CaseRecord c)
    {
        var entity = new TableEntity(PartitionOf(c.Number), c.Number) { ["Type"] = "case" };
        CaseSummaryColumns.Write(entity, c);
        ChunkedText.Write(entity, "Doc", JsonSerializer.Serialize(c, CaseJson.Options));
        return entity;
    }

    public static CaseRecord FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<CaseRecord>(ChunkedText.Read(entity, "Doc"), CaseJson.Options)
        ?? throw new InvalidDataException($"Case row {entity.RowKey} holds no document.");

    public static TableEntity ToEntity(CaseEvent e)
    {
        var entity = new TableEntity(PartitionOf(e.CaseNumber), EventKey(e.CaseNumber, e.Version))
        {
            ["Type"] = "event",
            ["Version"] = e.Version,
            ["Action"] = e.Action,
            ["At"] = e.At,
            ["ActorId"] = e.ActorId,
        };
        ChunkedText.Write(entity, "Event", JsonSerializer.Serialize(e, CaseJson.Options));
        return entity;
    }

    public static CaseEvent EventFromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<CaseEvent>(ChunkedText.Read(entity, "Event"), CaseJson.Options)
        ?? throw new InvalidDataException($"Event row {entity.RowKey} holds no event.");

    public static string Code<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static CaseEvent Event(CaseRecord after, string action, Staff.Actor actor, string? comment, IReadOnlyList<FieldDiff> changes, IReadOnlyList<CaseEffect> effects) =>
        new(after.Number, after.Version, action, after.UpdatedAt, actor.Id, actor.Name, Code(actor.Kind), comment, changes, effects);
}
