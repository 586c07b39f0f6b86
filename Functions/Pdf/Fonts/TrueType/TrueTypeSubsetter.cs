using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>
/// Builds a smaller TrueType font holding only the given glyphs, renumbered in list order, plus the components
/// composite glyphs refer to (appended after them). Hinting tables stay, because glyph programs call into them;
/// a new <c>cmap</c> and a name-less <c>post</c> keep strict font loaders content.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "prep"];

    /// <param name="glyphs">Original glyph ids; position is the new glyph id, and position 0 must be .notdef (0).</param>
    /// <param name="codePoints">The character each of <paramref name="glyphs"/> draws, negative for none; it becomes the subset's cmap.</param>
    public static byte[] Subset(TrueTypeFont font, IReadOnlyList<ushort> glyphs, IReadOnlyList<int> codePoints)
    {
        if (glyphs.Count == 0 || glyphs[0] != 0)
        {
            throw new ArgumentException("The first glyph of a subset must be .notdef (glyph 0).", nameof(glyphs));
        }

        var order = new List<ushort>(glyphs);
        var newIds = new Dictionary<ushort, ushort>();
        for (var i = 0; i < order.Count; i++)
        {
            newIds.TryAdd(order[i], (ushort)i);
        }

        AddComponents(font, order, newIds);
        var (glyf, loca) = WriteGlyphs(font, order, newIds);

        var hmtx = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(i * 4), font.AdvanceWidth(order[i]));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan(i * 4 + 2), font.LeftSideBearing(order[i]));
        }

        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var hhea = font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        var maxp = font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);

        var tables = new List<(string, byte[])>
        {
            ("head", head), ("hhea", hhea), ("maxp", maxp), ("hmtx", hmtx), ("loca", loca), ("glyf", glyf),
            ("cmap", CmapWriter.Write(codePoints)), ("post", Post(font)),
        };
        tables.AddRange(CopiedTables.Where(font.HasTable).Select(tag => (tag, font.Table(tag).ToArray())));
        return SfntWriter.Write(tables);
    }

    /// <summary>Format 3: the header of the original (italic angle, underline, fixed pitch) without glyph names.</summary>
    private static byte[] Post(TrueTypeFont font)
    {
        var post = new byte[32];
        var original = font.Table("post");
        original[..Math.Min(original.Length, post.Length)].CopyTo(post);
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        return post;
    }

    private static void AddComponents(TrueTypeFont font, List<ushort> order, Dictionary<ushort, ushort> newIds)
    {
        // Walks the growing list, so components of components are found too.
        for (var i = 0; i < order.Count; i++)
        {
            var glyph = font.Glyph(order[i]);
            foreach (var at in CompositeGlyph.ComponentIndexOffsets(glyph))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                if (component < font.GlyphCount && newIds.TryAdd(component, (ushort)order.Count))
                {
                    if (order.Count == ushort.MaxValue)
                    {
                        throw new InvalidFontException("A subset cannot hold more than 65535 glyphs.");
                    }

                    order.Add(component);
                }
            }
        }
    }

    private static (byte[] Glyf, byte[] Loca) WriteGlyphs(TrueTypeFont font, List<ushort> order, Dictionary<ushort, ushort> newIds)
    {
        var glyf = new MemoryStream();
        var loca = new byte[(order.Count + 1) * 4];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            var source = font.Glyph(order[i]);
            if (CompositeGlyph.IsComposite(source))
            {
                var copy = source.ToArray();
                foreach (var at in CompositeGlyph.ComponentIndexOffsets(source))
                {
                    var component = BinaryPrimitives.ReadUInt16BigEndian(source[at..]);
                    BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(at), newIds.GetValueOrDefault(component));
                }

                glyf.Write(copy);
            }
            else
            {
                glyf.Write(source);
            }

            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(order.Count * 4), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }
}
