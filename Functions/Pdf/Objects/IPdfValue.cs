namespace Serverless.Feedback.Pdf.Objects;

/// <summary>A direct PDF object: it writes its own syntax.</summary>
internal interface IPdfValue
{
    void WriteTo(PdfByteWriter output);
}
