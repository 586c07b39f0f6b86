using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Intake.Mailbox;

/// <summary>
/// Which run adds a customer's mail to their case. A row beside the submission claims (table Submissions, PartitionKey =
/// the mail's submission id, RowKey "reply") with the case, when it was taken and whether it is done. Two runs reading the same mail both try to
/// take it; one does, the other leaves the mail unread until it is done. A run that stopped halfway is taken over
/// after <see cref="Lease"/>.
/// </summary>
internal sealed class MailboxReplyClaims(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    private const string RowKey = "reply";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private ITableClient Table => tables.GetTableClient(names.Table(SubmissionClaims.TableName));

    /// <summary>True when this run is to add the mail; false when it was added before.</summary>
    /// <exception cref="MailBeingTakenException">Another run is adding it now.</exception>
    public async Task<bool> TakeAsync(string submissionId, string caseNumber, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await Table.AddEntityAsync(new TableEntity(submissionId, RowKey) { ["Case"] = caseNumber, ["TakenAt"] = now, ["Done"] = false }, cancellationToken);
            return true;
        }
        catch (EntityAlreadyExistsException)
        {
            var held = await Table.GetEntityAsync(submissionId, RowKey, cancellationToken: cancellationToken)
                ?? throw new MailBeingTakenException(submissionId);
            if (held.GetBoolean("Done") == true)
            {
                return false;
            }

            if (held.GetDateTimeOffset("TakenAt") is { } taken && taken > now - Lease)
            {
                throw new MailBeingTakenException(submissionId);
            }

            try
            {
                held["TakenAt"] = now;
                await Table.UpdateEntityAsync(held, held.ETag, cancellationToken: cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                throw new MailBeingTakenException(submissionId);
            }
        }
    }

    public async Task DoneAsync(string submissionId, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(submissionId, RowKey) { ["Done"] = true }, cancellationToken: cancellationToken);
}

/// <summary>Another run is adding this mail to its case; the mail stays unread until that is done.</summary>
internal sealed class MailBeingTakenException(string submissionId) : Exception($"Mail {submissionId} is being added to its case by another run.");
