using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// Messages that failed five times wait in the <c>-poison</c> queues for someone to look at them: a submission, a mail
/// request with the customer's address. They are part of what is held about a customer, so they are exported, and
/// anonymising the customer deletes the ones that mention them (a message is not edited: it is removed whole).
/// </summary>
internal sealed class PoisonMessagePrivacy(IQueueServiceClient queues, StorageNames names, IEnumerable<StorageLayout> layouts) : ICustomerDataHolder
{
    /// <summary>Poison queues are meant to stay short; a scan never reads more than this from one.</summary>
    private const int MaxScanned = 1000;

    private static readonly TimeSpan HeldWhileScanning = TimeSpan.FromMinutes(2);

    public string Section => "failedMessages";

    public async Task<object> ExportAsync(Customer customer, CancellationToken cancellationToken)
    {
        var values = Values(customer);
        var found = new List<object>();
        foreach (var queue in PoisonQueues())
        {
            foreach (var message in await PeekAsync(queue, cancellationToken))
            {
                if (values.Mentions(message.MessageText))
                {
                    found.Add(new { queue = queue.Name, insertedOn = message.InsertedOn, text = message.MessageText });
                }
            }
        }

        return found;
    }

    public async Task AnonymiseAsync(Customer customer, PersonalValues values, CancellationToken cancellationToken)
    {
        foreach (var queue in PoisonQueues())
        {
            // Each message is taken out of sight while the queue is read, so every one is seen once; the others are
            // put back at once afterwards.
            var keep = new List<QueueMessage>();
            for (var scanned = 0; scanned < MaxScanned;)
            {
                var batch = await ReceiveAsync(queue, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                scanned += batch.Count;
                foreach (var message in batch)
                {
                    if (values.Mentions(message.MessageText))
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    }
                    else
                    {
                        keep.Add(message);
                    }
                }
            }

            foreach (var message in keep)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.Zero, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>A poison queue exists only once something has failed; a missing one holds nothing.</summary>
    private static async Task<IReadOnlyList<PeekedMessage>> PeekAsync(IQueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return await queue.PeekMessagesAsync(32, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(IQueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return await queue.ReceiveMessagesAsync(32, HeldWhileScanning, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static PersonalValues Values(Customer customer) => PersonalValues.Of([customer.Name, customer.Company, customer.Email, customer.Phone]);

    private IEnumerable<IQueueClient> PoisonQueues() =>
        layouts.SelectMany(l => l.QueueSettings).Distinct().Select(s => queues.GetQueueClient(names.Queue(s) + "-poison"));
}
