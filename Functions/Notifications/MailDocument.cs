namespace Serverless.Feedback.Notifications;

/// <summary>
/// A mail before it is written out: rendered once as plain text and once as HTML from the same parts,
/// so both bodies always say the same. Public because the HTML body is a Razor component.
/// </summary>
public sealed record MailDocument(
    string Language,
    string Subject,
    string Greeting,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<MailFact> Facts,
    IReadOnlyList<string> Bullets,
    MailLink? Link,
    string Closing,
    string Footer);

public sealed record MailFact(string Label, string Value);

public sealed record MailLink(string Label, string Url);
