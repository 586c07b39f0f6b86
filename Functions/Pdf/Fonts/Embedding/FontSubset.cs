namespace Serverless.Feedback.Pdf.Fonts.Embedding;

/// <summary>
/// The glyphs one document draws from one face. Each distinct character gets the next CID on first use, and
/// the subset font is renumbered so that CID and glyph id coincide (CIDToGIDMap Identity). Keying by character
/// rather than glyph means two characters sharing a glyph still copy back as themselves.
/// </summary>
internal sealed class FontSubset(FontFace face)
{
    private const int NoCharacter = -1;

    private readonly Dictionary<int, ushort> _cids = [];
    private readonly List<ushort> _glyphs = [0];
    private readonly List<int> _codePoints = [NoCharacter];

    public FontFace Face { get; } = face;

    /// <summary>Original glyph ids, indexed by CID; CID 0 is .notdef.</summary>
    public IReadOnlyList<ushort> Glyphs => _glyphs;

    /// <summary>The character each CID stands for, indexed by CID; CID 0 stands for none.</summary>
    public IReadOnlyList<int> CodePoints => _codePoints;

    public ushort Cid(int codePoint, ushort glyph)
    {
        if (_cids.TryGetValue(codePoint, out var cid))
        {
            return cid;
        }

        if (_glyphs.Count == ushort.MaxValue)
        {
            throw new InvalidOperationException("A document cannot draw more than 65534 different characters from one font.");
        }

        cid = (ushort)_glyphs.Count;
        _glyphs.Add(glyph);
        _codePoints.Add(codePoint);
        _cids.Add(codePoint, cid);
        return cid;
    }
}
