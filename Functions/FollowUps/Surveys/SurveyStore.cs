using System.Text.Json;
using Azure;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>Survey invitations (<c>survey|{hh}</c> rows of the FollowUps table, keyed by the hash of their token) and their answers.</summary>
internal sealed class SurveyStore(ITableServiceClient tables, StorageNames names, FollowUpRecords records, IEnumerable<ISurveyAnswerHook> hooks)
{
    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    public async Task SaveAsync(SurveyInvitation invitation, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(ToRow(invitation), TableUpdateMode.Replace, cancellationToken);

    public Task<(SurveyInvitation Invitation, ETag ETag)?> FindAsync(string token, CancellationToken cancellationToken) =>
        FindByHashAsync(TrackingRows.Hash(token), cancellationToken);

    public async Task<(SurveyInvitation Invitation, ETag ETag)?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        if (hash.Length < 2)
        {
            return null;
        }

        var row = await Table.GetEntityAsync(Partition(hash), hash, cancellationToken: cancellationToken);
        return row?.GetString("Doc") is { } doc && JsonSerializer.Deserialize<SurveyInvitation>(doc, CaseJson.Options) is { } found ? (found, row.ETag) : null;
    }

    /// <summary>
    /// Records the answer once: false when it was answered meanwhile (the first answer stands). The customer's
    /// record, the annual tally and what the answer leads to (<see cref="ISurveyAnswerHook"/>) are written first, so an
    /// answer marked as given is never missing from them.
    /// </summary>
    public async Task<bool> RecordAnswerAsync(SurveyInvitation invitation, ETag etag, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        if (invitation is { Kind: SurveyKind.Annual, Year: { } year })
        {
            await Table.UpsertEntityAsync(
                new TableEntity(FollowUpTable.AnnualPartition(year), AnnualRows.AnswerKey(invitation.CustomerId)) { ["Doc"] = JsonSerializer.Serialize(answer, CaseJson.Options) },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        var entry = new FollowUpEntry(answer.At, FollowUpRecords.SurveyAnswered, answer.EnteredBy ?? "customer", answer.Comment, answer.Scores) { Channel = answer.Channel };
        await records.AddAsync(invitation.CustomerId, entry, "answer|" + invitation.Hash[..12], cancellationToken);
        foreach (var hook in hooks)
        {
            await hook.AnsweredAsync(invitation, answer, cancellationToken);
        }

        try
        {
            await Table.UpdateEntityAsync(ToRow(invitation with { Answer = answer }), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private static string Partition(string hash) => "survey|" + hash[..2];

    private static TableEntity ToRow(SurveyInvitation invitation) => new(Partition(invitation.Hash), invitation.Hash)
    {
        ["Kind"] = invitation.Kind.ToString(),
        ["CustomerId"] = invitation.CustomerId,
        ["Doc"] = JsonSerializer.Serialize(invitation, CaseJson.Options),
    };
}
