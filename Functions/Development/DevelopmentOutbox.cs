using Serverless.Feedback.Mail.Outbox;

namespace Serverless.Feedback.Development;

/// <summary>The pickup folder's mails as the outbox page lists them, newest first.</summary>
internal sealed class DevelopmentOutbox(IOutboxReader reader)
{
    /// <summary>A local run writes a few hundred mails at most; the page shows the newest.</summary>
    private const int Shown = 200;

    public async Task<IReadOnlyList<OutboxLine>> ListAsync(CancellationToken cancellationToken)
    {
        var lines = new List<OutboxLine>();
        foreach (var entry in reader.List().Take(Shown))
        {
            var mail = await reader.ReadDecodedAsync(entry.FileName, cancellationToken);
            lines.Add(new OutboxLine(entry.FileName, entry.WrittenAt, mail.Subject, Addresses(mail.To), mail.Language, mail.Attachments.Count));
        }

        return lines;
    }


    public async Task<OutboxMailView> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var mail = await reader.ReadDecodedAsync(fileName, cancellationToken);
        return new OutboxMailView(
            fileName,
            mail.Subject,
            Addresses(mail.From),
            Addresses(mail.To),
            mail.Date,
            mail.Language,
            mail.MessageId,
            mail.Attachments.Select(a => $"{a.FileName} ({a.ContentType}, {a.Content.Length:N0} bytes)").ToList(),
            mail.Html,
            mail.Text);
    }

    private static string Addresses(IEnumerable<Mail.MailAddressee> list) =>
        string.Join(", ", list.Select(a => string.IsNullOrEmpty(a.DisplayName) ? a.Address : $"{a.DisplayName} <{a.Address}>"));
}

/// <summary>One line of the outbox page. Public because Razor components (which are public) take it.</summary>
public sealed record OutboxLine(string FileName, DateTimeOffset WrittenAt, string Subject, string To, string? Language, int Attachments);

/// <summary>One mail as the outbox page shows it.</summary>
public sealed record OutboxMailView(
    string FileName, string Subject, string From, string To, DateTimeOffset? Date, string? Language, string? MessageId,
    IReadOnlyList<string> Attachments, string? Html, string? Text);
