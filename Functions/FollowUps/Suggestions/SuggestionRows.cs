using System.Globalization;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary>
/// A survey answer that came with a suggestion, and what became of it: the department it went to, in which digest, when.
/// The customer's words stay on the invitation (<see cref="Hash"/>), so anonymising the survey scrubs them here too.
/// </summary>
internal sealed record SuggestionRef
{
    public required string Hash { get; init; }

    public required SurveyKind Kind { get; init; }

    /// <summary>The survey year of an annual survey's suggestion.</summary>
    public int? Year { get; init; }

    public required string CustomerId { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? Department { get; init; }

    public string? DigestId { get; init; }

    public DateTimeOffset? SentAt { get; init; }
}

/// <summary>
/// The <c>suggestion|{yyyy-MM}</c> partitions of the FollowUps table: one row per answer with a suggestion, by the month
/// (company time) it was given, so a month's digest and the console's list read one partition; <c>~digest</c> marks a month
/// whose follow-up digest went out.
/// </summary>
internal sealed class SuggestionRows(ITableServiceClient tables, StorageNames names)
{
    public const string DigestMarker = "~digest";

    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    public static string Partition(string month) => "suggestion|" + month;

    public static string MonthOf(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Records an answer's suggestion once: a repeated write leaves what its digest recorded.</summary>
    public async Task AddAsync(SurveyInvitation invitation, SurveyAnswer answer, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var partition = Partition(MonthOf(answer.At, zone));
        if (await Table.GetEntityAsync(partition, invitation.Hash, cancellationToken: cancellationToken) is null)
        {
            await SaveAsync(partition, new SuggestionRef { Hash = invitation.Hash, Kind = invitation.Kind, Year = invitation.Year, CustomerId = invitation.CustomerId, At = answer.At }, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SuggestionRef>> MonthAsync(string month, CancellationToken cancellationToken)
    {
        var found = new List<SuggestionRef>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {Partition(month)}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey != DigestMarker && JsonSerializer.Deserialize<SuggestionRef>(row.GetString("Doc") ?? "null", CaseJson.Options) is { } suggestion)
            {
                found.Add(suggestion);
            }
        }

        return [.. found.OrderBy(s => s.At)];
    }

    public async Task SaveAsync(SuggestionRef suggestion, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        await SaveAsync(Partition(MonthOf(suggestion.At, zone)), suggestion, cancellationToken);

    /// <summary>Whether <paramref name="key"/> (a month's <see cref="DigestMarker"/>) is recorded in <paramref name="partition"/>.</summary>
    public async Task<bool> IsMarkedAsync(string partition, string key, CancellationToken cancellationToken) =>
        await Table.GetEntityAsync(partition, key, cancellationToken: cancellationToken) is not null;

    public async Task MarkAsync(string partition, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(partition, key) { ["At"] = at }, TableUpdateMode.Replace, cancellationToken);

    private async Task SaveAsync(string partition, SuggestionRef suggestion, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(partition, suggestion.Hash) { ["Doc"] = JsonSerializer.Serialize(suggestion, CaseJson.Options) }, TableUpdateMode.Replace, cancellationToken);
}
