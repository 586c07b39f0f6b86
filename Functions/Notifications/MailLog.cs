using System.Security.Cryptography;
using System.Text;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Notifications;

/// <summary>
/// What was sent: one row per mail id in the MailLog table (PartitionKey = two hex digits of its hash).
/// The outbox checks it before sending, so a retried or re-dispatched request is sent once. It names the
/// recipient by staff id or as "customer" and keeps no address or subject: a log that outlives the mail must not
/// hold a customer's personal data, which could then not be removed on their request.
/// </summary>
internal sealed class MailLog(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "MailLog";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<bool> WasSentAsync(string mailId, CancellationToken cancellationToken) =>
        await Table.GetEntityAsync(Partition(mailId), mailId, cancellationToken: cancellationToken) is not null;

    public async Task RecordAsync(MailRequest request, string providerId, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Partition(request.MailId), request.MailId)
            {
                ["SentAt"] = clock.GetUtcNow(),
                ["Template"] = request.Template,
                ["Recipient"] = request.Recipient.StaffId ?? "customer",
                ["CaseNumber"] = request.CaseNumber,
                ["ProviderId"] = providerId,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static string Partition(string mailId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailId)))[..2];
}
