namespace Serverless.Feedback.Pdf.Objects;

internal readonly record struct PdfBoolean(bool Value) : IPdfValue
{
    public void WriteTo(PdfByteWriter output) => output.WriteAscii(Value ? "true" : "false");
}
