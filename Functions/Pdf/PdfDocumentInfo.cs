namespace Serverless.Feedback.Pdf;

/// <summary>
/// What the document says about itself (Info dictionary and XMP). <paramref name="CreatedAt"/> is passed in
/// (callers read it from their <see cref="TimeProvider"/>), which also makes equal input give equal bytes.
/// <paramref name="Language"/> is a BCP 47 tag such as <c>en</c> or <c>zh-CN</c>.
/// </summary>
internal sealed record PdfDocumentInfo(string Title, string? Author, string? Subject, string Language, DateTimeOffset CreatedAt)
{
    public const string Producer = "Serverless.Feedback PDF writer";

    public string? Keywords { get; init; }
}
