using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;

namespace Serverless.Feedback.Notifications;

/// <summary>Puts mail requests on the outbox queue, from which the MailOutbox function sends them.</summary>
internal sealed class MailOutbox(IQueueServiceClient queues, StorageNames names)
{
    public async Task EnqueueAsync(MailRequest request, CancellationToken cancellationToken) =>
        await queues.GetQueueClient(names.Queue(QueueSettingNames.MailOutbox))
            .SendMessageAsync(JsonSerializer.Serialize(request, CaseJson.Options), cancellationToken: cancellationToken);

    /// <summary>A mail id safe for file names and Message-IDs, unique for (what, whom).</summary>
    public static string MailId(params string?[] parts)
    {
        var raw = string.Join("-", parts.Where(p => !string.IsNullOrEmpty(p)));
        var safe = new string(raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());
        if (safe.Length <= 100)
        {
            return safe;
        }

        // Long ids keep a readable start and a hash of the whole.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(raw)))[..16];
        return safe[..83] + "-" + hash;
    }
}
