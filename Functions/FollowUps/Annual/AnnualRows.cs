using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>One year's annual survey: when it went out, to how many, when its results were evaluated, the corrective actions it opened (item → case number) and the praise it passed on (item → department).</summary>
internal sealed record AnnualRun
{
    public required int Year { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int Invited { get; init; }

    public DateTimeOffset? EvaluatedAt { get; init; }

    public IReadOnlyDictionary<string, string> CorrectiveCases { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, PraiseSent> Praise { get; init; } = new Dictionary<string, PraiseSent>();
}

/// <summary>A main customer invited to one year's survey: the invitation, and whether its mail is queued.</summary>
internal sealed record AnnualInvite(string CustomerId, string Hash, bool Mailed)
{
    /// <summary>When the reminder was decided on (see <see cref="AnnualReminders"/>); kept so a repeated run records it at the same time.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>The reminder is queued and on the customer's record.</summary>
    public bool ReminderMailed { get; init; }
}

/// <summary>Everything stored about one year's survey, read from its partition in one query.</summary>
internal sealed record AnnualSurveyData(AnnualRun? Run, IReadOnlyList<AnnualInvite> Invites, IReadOnlyList<SurveyAnswer> Answers);

/// <summary>
/// The <c>annual|{year}</c> partition of the FollowUps table: the run (<c>~run</c>), one row per invited main
/// customer (<c>invite|{id}</c>) and one per answer (<c>answer|{id}</c>). A year is read whole, which is proportional
/// to the number of main customers.
/// </summary>
internal sealed class AnnualRows(ITableServiceClient tables, StorageNames names)
{
    public const string RunKey = "~run";

    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    public static string InviteKey(string customerId) => "invite|" + customerId;

    public static string AnswerKey(string customerId) => "answer|" + customerId;

    public async Task<AnnualRun?> GetRunAsync(int year, CancellationToken cancellationToken) =>
        await Table.GetEntityAsync(FollowUpTable.AnnualPartition(year), RunKey, cancellationToken: cancellationToken) is { } row ? Read<AnnualRun>(row) : null;

    public async Task SaveRunAsync(AnnualRun run, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(Row(FollowUpTable.AnnualPartition(run.Year), RunKey, run), TableUpdateMode.Replace, cancellationToken);

    public async Task SaveInviteAsync(int year, AnnualInvite invite, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(Row(FollowUpTable.AnnualPartition(year), InviteKey(invite.CustomerId), invite), TableUpdateMode.Replace, cancellationToken);

    public async Task<AnnualSurveyData> ReadAsync(int year, CancellationToken cancellationToken)
    {
        AnnualRun? run = null;
        var invites = new List<AnnualInvite>();
        var answers = new List<SurveyAnswer>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {FollowUpTable.AnnualPartition(year)}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == RunKey)
            {
                run = Read<AnnualRun>(row);
            }
            else if (row.RowKey.StartsWith("invite|", StringComparison.Ordinal) && Read<AnnualInvite>(row) is { } invite)
            {
                invites.Add(invite);
            }
            else if (row.RowKey.StartsWith("answer|", StringComparison.Ordinal) && Read<SurveyAnswer>(row) is { } answer)
            {
                answers.Add(answer);
            }
        }

        return new AnnualSurveyData(run, invites, answers);
    }

    /// <summary>Main customers (see <see cref="MainCustomerRows"/>), with what their survey mail needs.</summary>
    public async Task<IReadOnlyList<(string Id, string Name, string Email, string Language)>> MainCustomersAsync(CancellationToken cancellationToken)
    {
        var main = new List<(string, string, string, string)>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {MainCustomerRows.Partition}"), cancellationToken: cancellationToken))
        {
            main.Add((row.RowKey, row.GetString("Name") ?? "", row.GetString("Email") ?? "", row.GetString("Language") ?? "zh-CN"));
        }

        return main;
    }

    private static TableEntity Row<T>(string partition, string key, T value) => new(partition, key) { ["Doc"] = JsonSerializer.Serialize(value, CaseJson.Options) };

    private static T? Read<T>(TableEntity row) => JsonSerializer.Deserialize<T>(row.GetString("Doc") ?? "null", CaseJson.Options);
}
