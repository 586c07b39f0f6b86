namespace Serverless.Feedback.Pdf;

/// <summary>How a run of text looks. Derive variants with <c>with</c>: <c>PdfTextStyle.Body with { Bold = true }</c>.</summary>
internal sealed record PdfTextStyle
{
    public const double MinSize = 4;
    public const double MaxSize = 72;

    public static PdfTextStyle Body { get; } = new();

    public static PdfTextStyle Strong { get; } = new() { Bold = true };

    public static PdfTextStyle Small { get; } = new() { Size = 8, Color = PdfColor.Gray(0.35) };

    /// <summary>Font size in points.</summary>
    public double Size { get; init; } = 10;

    public bool Bold { get; init; }

    public PdfColor Color { get; init; } = PdfColor.Black;

    /// <summary>Baseline to baseline; generous enough that CJK glyphs, which fill the em, do not touch.</summary>
    public double LineHeight => Size * 1.4;

    /// <summary>From the top of a line box to its baseline: the glyphs (ascent 0.93 em, descent 0.24 em) sit centred in the line.</summary>
    public double BaselineOffset => (LineHeight - 1.17 * Size) / 2 + 0.93 * Size;

    internal void Validate()
    {
        if (!(Size is >= MinSize and <= MaxSize))
        {
            throw new ArgumentOutOfRangeException(nameof(Size), Size, $"A text size is between {MinSize} and {MaxSize} points.");
        }
    }
}
