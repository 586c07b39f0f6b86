namespace Serverless.Feedback.Pdf.Fonts;

/// <summary>
/// The fonts a document draws with: a Latin family (regular and bold) and a CJK font behind it. Each character
/// goes to the first font that has a glyph for it. Where bold text falls back to a font without bold (the CJK
/// font, or the regular face for the few characters the bold one lacks), the glyphs are drawn with a thin outline.
/// </summary>
internal sealed class FontSet(Func<FontFace> regular, Func<FontFace> bold, Func<FontFace> cjk)
{
    private readonly Lazy<FontFace> _regular = new(regular);
    private readonly Lazy<FontFace> _bold = new(bold);
    private readonly Lazy<FontFace> _cjk = new(cjk);

    public FontFace Regular => _regular.Value;

    public GlyphChoice Resolve(int codePoint, bool bold)
    {
        var latin = bold ? _bold.Value : _regular.Value;
        var glyph = latin.Font.GlyphId(codePoint);
        if (glyph != 0)
        {
            return new GlyphChoice(latin, glyph, FauxBold: false);
        }

        // The bold face covers a little less than the regular one; a regular glyph beats a CJK one.
        if (bold && _regular.Value.Font.GlyphId(codePoint) is var regularGlyph and not 0)
        {
            return new GlyphChoice(_regular.Value, regularGlyph, FauxBold: true);
        }

        // Only now is the large CJK font loaded, so Latin-only documents never parse it.
        var fallback = _cjk.Value.Font.GlyphId(codePoint);
        return fallback != 0
            ? new GlyphChoice(_cjk.Value, fallback, FauxBold: bold)
            : new GlyphChoice(latin, 0, FauxBold: false);
    }
}

/// <summary>The face and glyph that draw one character.</summary>
internal readonly record struct GlyphChoice(FontFace Face, ushort Glyph, bool FauxBold);
