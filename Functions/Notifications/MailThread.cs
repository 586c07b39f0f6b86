using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Notifications;

/// <summary>
/// A mail that answers one the customer sent: carried in a mail request's values, so the case's ordinary mail (the
/// receipt) goes out as a reply in the customer's own thread, with "Re:" and the case number in its subject.
/// </summary>
internal static class MailThread
{
    private const string InReplyToKey = "thread.inReplyTo";
    private const string ReferencesKey = "thread.references";
    private const string SubjectKey = "thread.subject";

    /// <summary>Message-IDs without angle brackets; <paramref name="references"/> oldest first, ending with <paramref name="inReplyTo"/>.</summary>
    public static IReadOnlyDictionary<string, string> Values(string inReplyTo, IEnumerable<string> references, string subject) =>
        new Dictionary<string, string>
        {
            [InReplyToKey] = inReplyTo,
            [ReferencesKey] = string.Join(' ', references),
            [SubjectKey] = subject,
        };

    public static OutgoingMail Apply(OutgoingMail mail, MailRequest request)
    {
        if (!request.Values.TryGetValue(InReplyToKey, out var inReplyTo))
        {
            return mail;
        }

        var subject = request.Values.GetValueOrDefault(SubjectKey) ?? "";
        subject = subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        if (request.CaseNumber is { } number && !subject.Contains(number, StringComparison.Ordinal))
        {
            subject += $" [{number}]";
        }

        return mail with
        {
            InReplyTo = inReplyTo,
            References = (request.Values.GetValueOrDefault(ReferencesKey) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Subject = subject.Length > MailValidator.MaxSubjectLength ? subject[..MailValidator.MaxSubjectLength] : subject,
        };
    }
}
