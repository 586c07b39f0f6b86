using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Hands the follow-up of a stored change (its index rows, mail, the customer file) to the CaseFollowThrough
/// function, so whoever made the change does not wait for it. The change's pending-work note names the work.
/// </summary>
internal sealed class CaseFollowThroughQueue(IQueueServiceClient queues, StorageNames names)
{
    public async Task EnqueueAsync(TableEntity note, CancellationToken cancellationToken) =>
        await queues.GetQueueClient(names.Queue(QueueSettingNames.CaseFollowThrough))
            .SendMessageAsync(JsonSerializer.Serialize(new FollowThroughRequest(note.PartitionKey, note.RowKey), CaseJson.Options), cancellationToken: cancellationToken);
}

/// <summary>The pending-work note (Schedule table) of a stored change whose follow-up is outstanding.</summary>
internal sealed record FollowThroughRequest(string NotePartitionKey, string NoteRowKey);
