using System.Buffers.Binary;
using System.Text;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>Reads the tables of a TrueType (glyf-outline) font that embedding and measuring need.</summary>
internal static class TrueTypeParser
{
    private static readonly string[] RequiredTables = ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"];

    public static TrueTypeFont Parse(byte[] data)
    {
        var tables = ReadDirectory(data);
        var missing = RequiredTables.Where(t => !tables.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidFontException("The font lacks the tables " + string.Join(", ", missing) + ".");
        }

        var span = data.AsSpan();
        var head = Slice(span, tables["head"], 54);
        var hhea = Slice(span, tables["hhea"], 36);
        var maxp = Slice(span, tables["maxp"], 6);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var (advances, bearings) = ReadHorizontalMetrics(Slice(span, tables["hmtx"], 0), BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]), glyphCount);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var offsets = ReadGlyphOffsets(Slice(span, tables["loca"], 0), longOffsets, glyphCount, tables["glyf"].Length);
        var metrics = ReadMetrics(span, tables, head, hhea);
        var cmap = CharacterMap.Parse(Slice(span, tables["cmap"], 4), glyphCount);
        var name = tables.TryGetValue("name", out var nameTable)
            ? FontNames.PostScriptName(Slice(span, nameTable, 6), "Font")
            : "Font";
        return new TrueTypeFont(data, tables.Values, name, metrics, cmap, advances, bearings, offsets);
    }

    private static Dictionary<string, FontTable> ReadDirectory(byte[] data)
    {
        if (data.Length < 12)
        {
            throw new InvalidFontException("The file is too short to be a font.");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version == 0x4F54544F)
        {
            throw new InvalidFontException("CFF-flavoured OpenType fonts (OTTO) are not supported; use a TrueType font.");
        }

        if (version is not 0x00010000 and not 0x74727565)
        {
            throw new InvalidFontException("The file is not a TrueType font (a collection or another format).");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (12 + count * 16 > data.Length)
        {
            throw new InvalidFontException("The font's table directory runs past the end of the file.");
        }

        var tables = new Dictionary<string, FontTable>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + i * 16, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (long)length > data.Length)
            {
                throw new InvalidFontException($"The font's '{tag}' table runs past the end of the file.");
            }

            tables[tag] = new FontTable(tag, (int)offset, (int)length);
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, FontTable table, int minimumLength) =>
        table.Length >= minimumLength
            ? data.Slice(table.Offset, table.Length)
            : throw new InvalidFontException($"The font's '{table.Tag}' table is too short.");

    private static (ushort[] Advances, short[] Bearings) ReadHorizontalMetrics(ReadOnlySpan<byte> hmtx, int longMetrics, int glyphCount)
    {
        if (longMetrics == 0 || longMetrics > glyphCount || hmtx.Length < longMetrics * 4 + (glyphCount - longMetrics) * 2)
        {
            throw new InvalidFontException("The font's hmtx table does not match hhea and maxp.");
        }

        var advances = new ushort[glyphCount];
        var bearings = new short[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            if (g < longMetrics)
            {
                advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(g * 4)..]);
                bearings[g] = BinaryPrimitives.ReadInt16BigEndian(hmtx[(g * 4 + 2)..]);
            }
            else
            {
                // Glyphs past numberOfHMetrics share the last advance; only their bearings are stored.
                advances[g] = advances[longMetrics - 1];
                bearings[g] = BinaryPrimitives.ReadInt16BigEndian(hmtx[(longMetrics * 4 + (g - longMetrics) * 2)..]);
            }
        }

        return (advances, bearings);
    }

    private static int[] ReadGlyphOffsets(ReadOnlySpan<byte> loca, bool longOffsets, int glyphCount, int glyfLength)
    {
        if (loca.Length < (glyphCount + 1) * (longOffsets ? 4 : 2))
        {
            throw new InvalidFontException("The font's loca table is shorter than maxp says.");
        }

        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            var offset = longOffsets
                ? (long)BinaryPrimitives.ReadUInt32BigEndian(loca[(g * 4)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(g * 2)..]) * 2L;
            offsets[g] = (int)Math.Min(offset, glyfLength);
        }

        return offsets;
    }

    private static FontMetrics ReadMetrics(ReadOnlySpan<byte> data, Dictionary<string, FontTable> tables, ReadOnlySpan<byte> head, ReadOnlySpan<byte> hhea)
    {
        var ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        var descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        var capHeight = (short)(ascent * 7 / 10);
        var weight = 400;
        if (tables.TryGetValue("OS/2", out var os2Table) && os2Table.Length >= 78)
        {
            var os2 = data.Slice(os2Table.Offset, os2Table.Length);
            weight = BinaryPrimitives.ReadUInt16BigEndian(os2[4..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 && os2.Length >= 90)
            {
                capHeight = BinaryPrimitives.ReadInt16BigEndian(os2[88..]);
            }
        }

        double italicAngle = 0;
        var fixedPitch = false;
        if (tables.TryGetValue("post", out var postTable) && postTable.Length >= 16)
        {
            var post = data.Slice(postTable.Offset, postTable.Length);
            italicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
            fixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        }

        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (unitsPerEm is < 16 or > 16384)
        {
            throw new InvalidFontException("The font's unitsPerEm is out of range.");
        }

        return new FontMetrics(
            unitsPerEm,
            BinaryPrimitives.ReadInt16BigEndian(head[36..]),
            BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]),
            BinaryPrimitives.ReadInt16BigEndian(head[42..]),
            ascent,
            descent,
            capHeight,
            italicAngle,
            weight,
            fixedPitch);
    }
}
