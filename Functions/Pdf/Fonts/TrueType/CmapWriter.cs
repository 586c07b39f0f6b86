using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>
/// A <c>cmap</c> for a subset: the PDF finds glyphs through CIDs and does not need it, but some viewers and
/// printers reject a TrueType program without one. Format 4 (Windows BMP) when it fits, format 12 otherwise.
/// </summary>
internal static class CmapWriter
{
    private const int Format4Header = 14;

    /// <param name="codePoints">The character of each glyph in the subset, by glyph id; negative for none.</param>
    public static byte[] Write(IReadOnlyList<int> codePoints)
    {
        var pairs = codePoints.Select((c, glyph) => (Code: c, Glyph: glyph)).Where(p => p.Code >= 0).OrderBy(p => p.Code).ToList();
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (code, glyph) in pairs)
        {
            if (groups.Count > 0 && groups[^1] is var last && last.End + 1 == code && last.Glyph + (code - last.Start) == glyph)
            {
                groups[^1] = last with { End = code };
            }
            else
            {
                groups.Add((code, code, glyph));
            }
        }

        var bmp = groups.All(g => g.End <= 0xFFFE);
        var format4Length = Format4Header + 2 + (groups.Count + 1) * 8;
        return bmp && format4Length <= ushort.MaxValue ? Format4(groups, format4Length) : Format12(groups);
    }

    private static byte[] Format4(List<(int Start, int End, int Glyph)> groups, int length)
    {
        // The table must end with a segment for 0xFFFF.
        groups.Add((0xFFFF, 0xFFFF, 0));
        var count = groups.Count;
        var table = Header(3, 1, length);
        var span = table.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(count * 2));
        BinarySearchHeader.Write(span[8..], count, 2);
        var ends = Format4Header;
        var starts = ends + count * 2 + 2;
        var deltas = starts + count * 2;
        for (var i = 0; i < count; i++)
        {
            var (start, end, glyph) = groups[i];
            BinaryPrimitives.WriteUInt16BigEndian(span[(ends + i * 2)..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(span[(starts + i * 2)..], (ushort)start);
            BinaryPrimitives.WriteUInt16BigEndian(span[(deltas + i * 2)..], (ushort)((glyph - start) & 0xFFFF));

            // idRangeOffset stays zero: every segment maps by delta alone.
        }

        return table;
    }

    private static byte[] Format12(List<(int Start, int End, int Glyph)> groups)
    {
        var length = 16 + groups.Count * 12;
        var table = Header(3, 10, length);
        var span = table.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(span, 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)length);
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = span.Slice(16 + i * 12, 12);
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)groups[i].Glyph);
        }

        return table;
    }

    /// <summary>The cmap header with its one encoding record, followed by room for the subtable.</summary>
    private static byte[] Header(ushort platform, ushort encoding, int subtableLength)
    {
        var table = new byte[12 + subtableLength];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), platform);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 12);
        return table;
    }
}
