using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>
/// Unicode code point to glyph, kept as sorted ranges whose glyphs run consecutively (the shape of a format 12
/// table); a format 4 table is expanded into the same ranges. Lookups are a binary search.
/// </summary>
internal sealed class CharacterMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _firstGlyphs;

    private CharacterMap(List<(int Start, int End, int Glyph)> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        _starts = [.. ranges.Select(r => r.Start)];
        _ends = [.. ranges.Select(r => r.End)];
        _firstGlyphs = [.. ranges.Select(r => r.Glyph)];
    }

    public ushort Lookup(int codePoint)
    {
        int low = 0, high = _starts.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < _starts[middle])
            {
                high = middle - 1;
            }
            else if (codePoint > _ends[middle])
            {
                low = middle + 1;
            }
            else
            {
                return (ushort)(_firstGlyphs[middle] + codePoint - _starts[middle]);
            }
        }

        return 0;
    }

    /// <summary>Picks the widest Unicode subtable: full repertoire (format 12) before BMP-only (format 4).</summary>
    public static CharacterMap Parse(ReadOnlySpan<byte> cmap, int glyphCount)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int? format12 = null, format4 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode || offset + 2 > cmap.Length)
            {
                continue;
            }

            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 12)
            {
                format12 ??= offset;
            }
            else if (format == 4)
            {
                format4 ??= offset;
            }
        }

        var ranges = format12 is { } at12 ? Format12(cmap[at12..])
            : format4 is { } at4 ? Format4(cmap[at4..])
            : throw new InvalidFontException("The font has no Unicode cmap subtable of format 4 or 12.");
        ranges.RemoveAll(r => r.Glyph == 0 || r.Glyph + (r.End - r.Start) >= glyphCount);
        return new CharacterMap(ranges);
    }

    private static List<(int Start, int End, int Glyph)> Format12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var ranges = new List<(int, int, int)>(groups);
        for (var i = 0; i < groups; i++)
        {
            var group = table.Slice(16 + i * 12, 12);
            ranges.Add((
                (int)BinaryPrimitives.ReadUInt32BigEndian(group),
                (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..])));
        }

        return ranges;
    }

    private static List<(int Start, int End, int Glyph)> Format4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        var ranges = new List<(int Start, int End, int Glyph)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + s * 2)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + s * 2)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset counts from its own position in the table to the glyph index array.
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = at + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                Append(ranges, c, glyph);
            }
        }

        return ranges;
    }

    private static void Append(List<(int Start, int End, int Glyph)> ranges, int codePoint, int glyph)
    {
        if (glyph == 0)
        {
            return;
        }

        if (ranges.Count > 0 && ranges[^1] is var last && last.End + 1 == codePoint && last.Glyph + (codePoint - last.Start) == glyph)
        {
            ranges[^1] = last with { End = codePoint };
        }
        else
        {
            ranges.Add((codePoint, codePoint, glyph));
        }
    }
}
