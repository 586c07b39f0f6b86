using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Notifications;

/// <summary>Turns a mail request into a document (and attachments) for the templates it knows.</summary>
internal interface IMailComposer
{
    bool Knows(string template);

    Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken);
}

/// <summary>A composed mail; null from a composer means there is nothing to send any more (e.g. the case is gone or anonymised).</summary>
internal sealed record ComposedMail(MailDocument Document, IReadOnlyList<MailAttachment> Attachments);
