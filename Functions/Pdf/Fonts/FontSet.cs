namespace Serverless.Feedback.Pdf.Fonts;

/// <summary>
/// The fonts a document draws with: a Latin family (regular and bold) and a CJK font behind it. Each character
/// goes to the first font that has a glyph for it. The CJK font has no bold, so bold CJK text uses the regular
/// glyphs drawn with a thin outline.
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

        // Only now is the large CJK font loaded, so Latin-only documents never parse it.
        var fallback = _cjk.Value.Font.GlyphId(codePoint);
        return fallback != 0
            ? new GlyphChoice(_cjk.Value, fallback, FauxBold: bold)
            : new GlyphChoice(latin, 0, FauxBold: false);
    }
}

/// <summary>The face and glyph that draw one character.</summary>
internal readonly record struct GlyphChoice(FontFace Face, ushort Glyph, bool FauxBold);
