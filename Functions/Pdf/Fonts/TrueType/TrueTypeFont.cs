namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>
/// A parsed TrueType font: the tables kept as offsets into the original bytes, with horizontal metrics and
/// glyph locations read into arrays so measuring and subsetting never re-parse. Immutable, so one instance
/// serves every thread.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly Dictionary<string, FontTable> _tables;
    private readonly CharacterMap _cmap;
    private readonly ushort[] _advances;
    private readonly short[] _leftSideBearings;
    private readonly int[] _glyphOffsets;

    public TrueTypeFont(
        byte[] data,
        IEnumerable<FontTable> tables,
        string postScriptName,
        FontMetrics metrics,
        CharacterMap cmap,
        ushort[] advances,
        short[] leftSideBearings,
        int[] glyphOffsets)
    {
        Data = data;
        _tables = tables.ToDictionary(t => t.Tag, StringComparer.Ordinal);
        PostScriptName = postScriptName;
        Metrics = metrics;
        _cmap = cmap;
        _advances = advances;
        _leftSideBearings = leftSideBearings;
        _glyphOffsets = glyphOffsets;
    }

    public byte[] Data { get; }

    public string PostScriptName { get; }

    public FontMetrics Metrics { get; }

    public int GlyphCount => _advances.Length;

    /// <summary>The glyph for a code point, or 0 (.notdef) when the font has none.</summary>
    public ushort GlyphId(int codePoint) => _cmap.Lookup(codePoint);

    public ushort AdvanceWidth(ushort glyph) => _advances[glyph];

    public short LeftSideBearing(ushort glyph) => _leftSideBearings[glyph];

    /// <summary>The glyph's outline bytes from <c>glyf</c>; empty for glyphs without outline such as the space.</summary>
    public ReadOnlySpan<byte> Glyph(ushort glyph)
    {
        var glyf = _tables["glyf"];
        var start = _glyphOffsets[glyph];
        var end = _glyphOffsets[glyph + 1];
        return end <= start ? [] : Data.AsSpan(glyf.Offset + start, end - start);
    }

    /// <summary>A whole table's bytes, for tables a subset copies unchanged or patches.</summary>
    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var table) ? Data.AsSpan(table.Offset, table.Length) : [];

    public bool HasTable(string tag) => _tables.ContainsKey(tag);
}
