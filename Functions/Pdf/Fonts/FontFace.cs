using Serverless.Feedback.Pdf.Fonts.TrueType;

namespace Serverless.Feedback.Pdf.Fonts;

/// <summary>
/// One embeddable font with its advance widths in thousandths of an em, rounded once: layout measures with
/// exactly the widths the PDF's <c>W</c> array declares, so where a line ends is where the viewer draws it.
/// </summary>
internal sealed class FontFace
{
    private readonly int[] _widths;

    public FontFace(string key, TrueTypeFont font)
    {
        Key = key;
        Font = font;
        _widths = new int[font.GlyphCount];
        for (var g = 0; g < _widths.Length; g++)
        {
            _widths[g] = (int)Math.Round(font.AdvanceWidth((ushort)g) * 1000.0 / font.Metrics.UnitsPerEm, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>A short stable name, also the order in which faces get their resource names.</summary>
    public string Key { get; }

    public TrueTypeFont Font { get; }

    public int Width(ushort glyph) => _widths[glyph];

    /// <summary>Thousandths of an em, the unit of PDF glyph space.</summary>
    public int ToGlyphSpace(int fontUnits) => (int)Math.Round(fontUnits * 1000.0 / Font.Metrics.UnitsPerEm, MidpointRounding.AwayFromZero);
}
