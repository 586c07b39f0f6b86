namespace Serverless.Feedback.Pdf;

/// <summary>One line of a key–value block, such as "Customer: ACME Ltd".</summary>
internal sealed record PdfKeyValue(string Key, string Value);
