using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// How much an app has stored: rows per table, messages per queue, blobs per container. Taken before and
/// after a refused request, it proves nothing was stored or queued.
/// </summary>
internal sealed record StorageSnapshot(IReadOnlyDictionary<string, int> Counts)
{
    private static readonly string[] Tables = [CaseRows.TableName, CaseIndexRows.TableName, CustomerStore.TableName, TrackingRows.TableName, ScheduleRows.TableName, MailLog.TableName];
    private static readonly string[] Queues = [QueueSettingNames.Intake, QueueSettingNames.MailOutbox];

    public static async Task<StorageSnapshot> TakeAsync(FeedbackApp app)
    {
        var names = app.Get<StorageNames>();
        var counts = new Dictionary<string, int>();
        foreach (var table in Tables)
        {
            var count = 0;
            await foreach (var _ in app.Get<ITableServiceClient>().GetTableClient(names.Table(table)).QueryAsync(select: ["PartitionKey"]))
            {
                count++;
            }

            counts["table " + table] = count;
        }

        foreach (var setting in Queues)
        {
            var queue = app.Get<IQueueServiceClient>().GetQueueClient(names.Queue(setting));
            counts["queue " + setting] = await queue.GetApproximateMessageCountAsync();
        }

        var blobs = 0;
        await foreach (var _ in app.Get<IBlobServiceClient>().GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer)).ListAsync())
        {
            blobs++;
        }

        counts["blobs " + IntakeRegistrar.AttachmentContainer] = blobs;
        return new StorageSnapshot(counts);
    }

    public int this[string key] => Counts[key];

    /// <summary>What grew between two snapshots, e.g. "table Cases +2".</summary>
    public IReadOnlyList<string> Growth(StorageSnapshot later) =>
        later.Counts.Where(c => c.Value != Counts.GetValueOrDefault(c.Key)).Select(c => $"{c.Key} {c.Value - Counts.GetValueOrDefault(c.Key):+#;-#}").ToList();
}
