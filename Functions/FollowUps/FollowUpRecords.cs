using System.Globalization;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps;

/// <summary>
/// One entry of a customer's follow-up record (回访记录): a visit, call, letter or e-mail logged by staff, a
/// survey sent, a survey answered with its scores.
/// </summary>
internal sealed record FollowUpEntry(DateTimeOffset At, string Kind, string By, string? Note, IReadOnlyDictionary<string, int>? Scores = null)
{
    /// <summary>An answer staff entered for the customer: how the customer gave it (phone, fax).</summary>
    public string? Channel { get; init; }
}

/// <summary>Each customer's follow-up record in the FollowUps table (<c>customer|{id}</c>, in time order).</summary>
internal sealed class FollowUpRecords(ITableServiceClient tables, StorageNames names)
{
    public const string SurveySent = "survey-sent";
    public const string SurveyAnswered = "survey-answered";
    public const string SurveyReminded = "survey-reminded";

    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    /// <summary>Adds an entry; <paramref name="id"/> makes a repeated write of the same entry land on the same row.</summary>
    public async Task AddAsync(string customerId, FollowUpEntry entry, string id, CancellationToken cancellationToken)
    {
        var row = new TableEntity(FollowUpTable.CustomerPartition(customerId), $"{entry.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{id}")
        {
            ["Kind"] = entry.Kind,
            ["Doc"] = JsonSerializer.Serialize(entry, CaseJson.Options),
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<FollowUpEntry>> ListAsync(string customerId, CancellationToken cancellationToken)
    {
        var entries = new List<FollowUpEntry>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {FollowUpTable.CustomerPartition(customerId)}"), cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize<FollowUpEntry>(row.GetString("Doc") ?? "null", CaseJson.Options) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
