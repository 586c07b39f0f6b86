using Serverless.Feedback.Pdf.Rendering;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>One line of a paragraph or heading, aligned within the body width.</summary>
internal sealed class TextLineItem(ShapedText text, LineSpan line, double width, PdfAlign align) : FlowItem
{
    public ShapedText Text => text;

    public LineSpan Line => line;

    public override double Height => text.Style.LineHeight;

    public override void Draw(PageCanvas canvas, double x, double top) =>
        canvas.Text(text, line, x + Alignment.Offset(align, width, line.Width), top + text.Style.BaselineOffset);
}
