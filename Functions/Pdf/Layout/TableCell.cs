using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>A cell's text broken into lines for its column; a split row leaves each part some of the lines.</summary>
internal sealed record TableCell(ShapedText Text, IReadOnlyList<LineSpan> Lines, PdfAlign Align)
{
    public double LineHeight => Text.Style.LineHeight;

    public double ContentHeight => Lines.Count * LineHeight;
}
