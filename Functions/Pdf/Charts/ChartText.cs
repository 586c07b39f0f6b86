using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Charts;

/// <summary>Text set for a chart: each label is shaped once, cut to the room it has, and remembers its width.</summary>
internal sealed class ChartText(FontSet fonts)
{
    public static PdfTextStyle Title { get; } = new() { Size = 10, Bold = true };

    public static PdfTextStyle Label { get; } = new() { Size = 7.5, Color = PdfColor.Gray(0.2) };

    public static PdfTextStyle AxisTitle { get; } = new() { Size = 8, Color = PdfColor.Gray(0.2) };

    /// <summary>One line, cut with an ellipsis when wider than <paramref name="room"/>.</summary>
    public ShapedText Line(string text, PdfTextStyle style, double room) => ShapedText.Shape(text, style, fonts).FirstLine(room, fonts);

    /// <summary>At most <paramref name="maxLines"/> lines; the last is cut with an ellipsis when the text goes on.</summary>
    public List<ShapedText> Lines(string text, PdfTextStyle style, double room, int maxLines)
    {
        var shaped = ShapedText.Shape(text, style, fonts);
        var lines = shaped.BreakLines(room);
        var result = new List<ShapedText>();
        for (var i = 0; i < lines.Count && i < maxLines; i++)
        {
            var end = i == maxLines - 1 ? shaped.Chars.Count : lines[i].End;
            result.Add(shaped.Slice(lines[i].Start, end).FirstLine(room, fonts));
        }

        return result;
    }
}
