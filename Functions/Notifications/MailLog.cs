using System.Security.Cryptography;
using System.Text;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Notifications;

/// <summary>
/// What was sent: one row per mail id in the MailLog table (PartitionKey = two hex digits of its hash), written as
/// "sending" before the mail is handed over and "sent" after, so a retry knows whether a send may already have
/// happened even when storage failed right after it. It names the
/// recipient by staff id or as "customer" and keeps no address or subject: a log that outlives the mail must not
/// hold a customer's personal data, which could then not be removed on their request.
/// </summary>
internal sealed class MailLog(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "MailLog";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<MailLogState> StateAsync(string mailId, CancellationToken cancellationToken) =>
        await Table.GetEntityAsync(Partition(mailId), mailId, cancellationToken: cancellationToken) is not { } row ? MailLogState.None
        : row.GetString("State") switch
        {
            "sending" => MailLogState.Sending,
            "failed" => MailLogState.Failed,
            _ => MailLogState.Sent,
        };

    /// <summary>Records that the mail is about to be handed to the transport.</summary>
    public Task BeginAsync(MailRequest request, CancellationToken cancellationToken) => WriteAsync(request, "sending", null, cancellationToken);

    /// <summary>Records that the transport refused or failed: the send certainly did not happen and may be repeated.</summary>
    public Task FailedAsync(MailRequest request, CancellationToken cancellationToken) => WriteAsync(request, "failed", null, cancellationToken);

    public Task RecordAsync(MailRequest request, string providerId, CancellationToken cancellationToken) => WriteAsync(request, "sent", providerId, cancellationToken);

    private async Task WriteAsync(MailRequest request, string state, string? providerId, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Partition(request.MailId), request.MailId)
            {
                ["State"] = state,
                [state == "sent" ? "SentAt" : "At"] = clock.GetUtcNow(),
                ["Template"] = request.Template,
                ["Recipient"] = request.Recipient.StaffId ?? "customer",
                ["CaseNumber"] = request.CaseNumber,
                ["ProviderId"] = providerId,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    private static string Partition(string mailId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailId)))[..2];
}

internal enum MailLogState
{
    None,
    Sending,
    Failed,
    Sent,
}
