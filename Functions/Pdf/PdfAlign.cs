namespace Serverless.Feedback.Pdf;

internal enum PdfAlign
{
    Left,
    Center,
    Right,
}
