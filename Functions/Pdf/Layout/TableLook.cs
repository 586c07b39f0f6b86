namespace Serverless.Feedback.Pdf.Layout;

/// <summary>How a grid of cells is drawn; tables and key–value blocks share the row machinery and differ here.</summary>
internal sealed record TableLook(bool Borders, PdfColor? HeaderFill, PdfColor? StripeFill, double PaddingX, double PaddingY)
{
    public static TableLook Grid { get; } = new(true, PdfColor.Gray(0.88), PdfColor.Gray(0.965), 4, 3);

    public static TableLook KeyValues { get; } = new(false, null, null, 0, 1.5);

    public PdfColor BorderColor { get; init; } = PdfColor.Gray(0.6);

    public double BorderWidth { get; init; } = 0.5;
}
