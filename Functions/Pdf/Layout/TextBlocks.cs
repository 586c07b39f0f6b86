using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>Paragraphs and headings as lines of the flow.</summary>
internal static class TextBlocks
{
    private static readonly PdfColor HeadingColor = PdfColor.FromRgb(0x1F, 0x38, 0x64);

    private static readonly PdfTextStyle[] HeadingStyles =
    [
        new() { Size = 15, Bold = true, Color = HeadingColor },
        new() { Size = 12.5, Bold = true, Color = HeadingColor },
        new() { Size = 11, Bold = true },
    ];

    private static readonly double[] HeadingSpace = [14, 10, 8];

    public static int HeadingLevels => HeadingStyles.Length;

    public static PdfTextStyle HeadingStyle(int level) => HeadingStyles[level - 1];

    public static IEnumerable<FlowItem> Paragraph(string text, PdfTextStyle style, PdfAlign align, double width, FontSet fonts) =>
        Lines(text, style, align, width, fonts, spaceBefore: style.Size * 0.5, keepWithNext: false);

    /// <summary>Every line of a heading is kept with the next, so a heading never ends a page.</summary>
    public static IEnumerable<FlowItem> Heading(string text, int level, double width, FontSet fonts) =>
        Lines(text, HeadingStyle(level), PdfAlign.Left, width, fonts, HeadingSpace[level - 1], keepWithNext: true);

    public static IEnumerable<FlowItem> Lines(string text, PdfTextStyle style, PdfAlign align, double width, FontSet fonts, double spaceBefore, bool keepWithNext)
    {
        var shaped = ShapedText.Shape(text, style, fonts);
        var first = true;
        foreach (var line in shaped.BreakLines(width))
        {
            yield return new TextLineItem(shaped, line, width, align)
            {
                SpaceBefore = first ? spaceBefore : 0,
                KeepWithNext = keepWithNext,
            };
            first = false;
        }
    }
}
