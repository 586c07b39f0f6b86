using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Finishes what a stored change left outstanding: the index rows, the mail and the customer file of a new case.
/// A failure fails the invocation, so the message is retried and finally kept in the poison queue; the change's
/// pending-work note stays until the work is done, so the deadline sweep finishes it in any case.
/// </summary>
internal sealed class CaseFollowThroughFunction(CaseStore store, ILogger<CaseFollowThroughFunction> logger)
{
    public const string Name = "CaseFollowThrough";

    [Function(Name)]
    public async Task RunAsync([QueueTrigger("%CaseFollowThroughQueue%", Connection = "Storage")] QueueMessage message, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<FollowThroughRequest>(message.Body.ToString(), CaseJson.Options)
            ?? throw new InvalidOperationException("The follow-through message is empty.");
        if (!await store.FinishPendingAsync(request.NotePartitionKey, request.NoteRowKey, cancellationToken))
        {
            logger.LogInformation("The follow-up of {Note} was already done", request.NoteRowKey);
        }
    }
}
