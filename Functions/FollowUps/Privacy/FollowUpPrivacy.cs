using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Customers.Privacy;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Privacy;

/// <summary>
/// The follow-up record and the surveys of a customer in a data-subject request. The export has every contact
/// and survey (when, how, the scores and the customer's own comments; staff notes on a contact are internal).
/// Anonymising scrubs the notes and comments and closes the survey links, keeping the scores the survey results count.
/// </summary>
internal sealed class FollowUpPrivacy(ITableServiceClient tables, StorageNames names, FollowUpRecords records, TimeProvider clock) : ICustomerDataHolder
{
    public string Section => "followUps";

    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    public async Task<object> ExportAsync(Customer customer, CancellationToken cancellationToken) =>
        (await records.ListAsync(customer.Id, cancellationToken))
            .Select(e => new ExportedContact(e.At, e.Kind, e.Kind == FollowUpRecords.SurveyAnswered ? e.Note : null, e.Scores))
            .ToList();

    public async Task AnonymiseAsync(Customer customer, PersonalValues values, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {FollowUpTable.CustomerPartition(customer.Id)}"), cancellationToken: cancellationToken))
        {
            if (Read<FollowUpEntry>(row) is { } entry && values.ScrubOrNull(entry.Note) != entry.Note)
            {
                row["Doc"] = JsonSerializer.Serialize(entry with { Note = values.ScrubOrNull(entry.Note) }, CaseJson.Options);
                await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            // Row keys are "{ticks}|sent|{hash…}", "{ticks}|answer|{hash…}" or "{ticks}|annual|{year}".
            var parts = row.RowKey.Split('|');
            if (parts is [_, "sent" or "answer", var hashStart])
            {
                await CloseInvitationsAsync(hashStart, values, now, cancellationToken);
            }
            else if (parts is [_, "annual", var year] && int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                await AnonymiseAnnualAsync(customer.Id, y, values, now, cancellationToken);
            }
        }
    }

    private async Task AnonymiseAnnualAsync(string customerId, int year, PersonalValues values, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partition = FollowUpTable.AnnualPartition(year);
        if (await Table.GetEntityAsync(partition, AnnualRows.InviteKey(customerId), cancellationToken: cancellationToken) is { } invite && Read<AnnualInvite>(invite) is { } known)
        {
            await CloseInvitationsAsync(known.Hash, values, now, cancellationToken);
        }

        if (await Table.GetEntityAsync(partition, AnnualRows.AnswerKey(customerId), cancellationToken: cancellationToken) is { } row &&
            Read<SurveyAnswer>(row) is { } answer && values.ScrubOrNull(answer.Comment) != answer.Comment)
        {
            row["Doc"] = JsonSerializer.Serialize(answer with { Comment = values.ScrubOrNull(answer.Comment) }, CaseJson.Options);
            await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The invitations whose hash starts with <paramref name="hashStart"/>: the name goes, the link stops working, the scores stay.</summary>
    private async Task CloseInvitationsAsync(string hashStart, PersonalValues values, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (hashStart.Length < 2)
        {
            return;
        }

        var filter = TableFilter.Create($"PartitionKey eq {"survey|" + hashStart[..2]} and RowKey ge {hashStart} and RowKey lt {hashStart + "~"}");
        await foreach (var row in Table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (Read<SurveyInvitation>(row) is not { } invitation)
            {
                continue;
            }

            var closed = invitation with
            {
                CustomerName = PersonalValues.Placeholder,
                Token = "",
                ExpiresAt = invitation.ExpiresAt < now ? invitation.ExpiresAt : now,
                Answer = invitation.Answer is { } answer ? answer with { Comment = values.ScrubOrNull(answer.Comment) } : null,
            };
            row["Doc"] = JsonSerializer.Serialize(closed, CaseJson.Options);
            await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static T? Read<T>(TableEntity row) => JsonSerializer.Deserialize<T>(row.GetString("Doc") ?? "null", CaseJson.Options);

    internal sealed record ExportedContact(DateTimeOffset At, string Kind, string? Comment, IReadOnlyDictionary<string, int>? Scores);
}
