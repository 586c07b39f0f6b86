namespace Serverless.Feedback.Pdf.Objects;

/// <summary>An indirect reference <c>n 0 R</c>; this writer never reuses object numbers, so the generation is always 0.</summary>
internal readonly record struct PdfReference(int Number) : IPdfValue
{
    public void WriteTo(PdfByteWriter output) => output.WriteAscii(Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 0 R");
}
