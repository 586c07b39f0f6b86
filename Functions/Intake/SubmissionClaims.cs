using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Intake;

/// <summary>
/// Who a submission id belongs to, for as long as it may be replayed (rows are never removed). Table Submissions:
/// PartitionKey = submission id, RowKey "claim", with the customer id of the address that first used it and the
/// month its case is numbered in. The claim is taken before anything is written for the submission, so a stranger
/// replaying someone's id is refused before a file or a row of theirs is touched (docs/adr/0016).
/// </summary>
internal sealed class SubmissionClaims(ITableServiceClient tables, StorageNames names)
{
    public const string TableName = "Submissions";
    private const string RowKey = "claim";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    /// <summary>
    /// Claims <paramref name="submissionId"/> for <paramref name="customerId"/>. A fresh claim is new; a claim
    /// already held by the same customer is a retry and keeps the month it was first numbered in; a claim held by
    /// anyone else throws <see cref="SubmissionIdTakenException"/>.
    /// </summary>
    public async Task<SubmissionClaim> ClaimAsync(string submissionId, string customerId, string month, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await Table.AddEntityAsync(
                    new TableEntity(submissionId, RowKey) { ["CustomerId"] = customerId, ["Month"] = month },
                    cancellationToken);
                return new SubmissionClaim(month, IsNew: true);
            }
            catch (EntityAlreadyExistsException)
            {
                if (await Table.GetEntityAsync(submissionId, RowKey, cancellationToken: cancellationToken) is not { } held)
                {
                    continue;
                }

                if (!string.Equals(held.GetString("CustomerId"), customerId, StringComparison.Ordinal))
                {
                    throw new SubmissionIdTakenException(submissionId);
                }

                return new SubmissionClaim(held.GetString("Month") ?? month, IsNew: false);
            }
        }

        throw new InvalidOperationException($"Could not claim the submission id {submissionId}.");
    }
}

/// <summary>The month a submission's case is numbered in, and whether this is the first time the id was seen.</summary>
internal sealed record SubmissionClaim(string Month, bool IsNew);
