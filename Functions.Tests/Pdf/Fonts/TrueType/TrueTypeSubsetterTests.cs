using System.Buffers.Binary;
using System.Text;
using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Fonts.TrueType;

namespace Serverless.Feedback.Tests.Pdf.Fonts.TrueType;

public sealed class TrueTypeSubsetterTests
{
    private static readonly TrueTypeFont DejaVu = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DejaVuSans.ttf"));

    [Fact]
    public void Subset_ThreeGlyphs_ParsesBackWithTheSameOutlinesAndWidths()
    {
        ushort[] glyphs = [0, DejaVu.GlyphId('Q'), DejaVu.GlyphId('a'), DejaVu.GlyphId(' ')];

        var subset = TrueTypeParser.Parse(TrueTypeSubsetter.Subset(DejaVu, glyphs, [-1, 'Q', 'a', ' ']));

        Assert.Equal(glyphs.Length, subset.GlyphCount);
        for (var i = 0; i < glyphs.Length; i++)
        {
            Assert.Equal(DejaVu.AdvanceWidth(glyphs[i]), subset.AdvanceWidth((ushort)i));
            Assert.Equal(DejaVu.LeftSideBearing(glyphs[i]), subset.LeftSideBearing((ushort)i));
            Assert.Equal(DejaVu.Glyph(glyphs[i]).ToArray(), subset.Glyph((ushort)i).ToArray());
        }

        Assert.Equal(DejaVu.Metrics, subset.Metrics);
        Assert.Equal([1, 2, 3, 0], new[] { 'Q', 'a', ' ', 'b' }.Select(c => (int)subset.GlyphId(c)));
    }

    [Fact]
    public void Subset_CharacterOutsideBmp_CmapInFormat12()
    {
        var cjk = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DroidSansFallbackFull.ttf"));
        var file = TrueTypeSubsetter.Subset(cjk, [0, cjk.GlyphId('中'), 0], [-1, '中', 0x2000B]);

        var subset = TrueTypeParser.Parse(file);

        Assert.Equal(1, subset.GlyphId('中'));
        Assert.Equal(2, subset.GlyphId(0x2000B));
        Assert.Equal(12, BinaryPrimitives.ReadUInt16BigEndian(subset.Table("cmap")[12..]));
    }

    [Fact]
    public void Subset_Checksums_EveryTableAndTheWholeFileAddUp()
    {
        var file = TrueTypeSubsetter.Subset(DejaVu, [0, DejaVu.GlyphId('x')], [-1, 'x']);
        var count = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(4));
        var tags = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var record = file.AsSpan(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            tags.Add(tag);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            var table = file.AsSpan(offset, (length + 3) & ~3).ToArray();
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 0);
            }

            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(record[4..]), SfntWriter.Checksum(table));
            Assert.Equal(0, offset % 4);
        }

        Assert.Equal(tags.OrderBy(t => t, StringComparer.Ordinal), tags);
        Assert.Equal(0xB1B0AFBA, SfntWriter.Checksum(file));
        Assert.DoesNotContain("GSUB", tags);
        Assert.Contains("fpgm", tags);
        Assert.Contains("cmap", tags);
    }

    [Fact]
    public void Subset_CompositeGlyph_ComponentsKeptAndRenumbered()
    {
        var accented = DejaVu.GlyphId('é');
        Assert.True(CompositeGlyph.IsComposite(DejaVu.Glyph(accented)));

        var subset = TrueTypeParser.Parse(TrueTypeSubsetter.Subset(DejaVu, [0, accented], [-1, 'é']));

        var glyph = subset.Glyph(1);
        var offsets = CompositeGlyph.ComponentIndexOffsets(glyph);
        var originals = CompositeGlyph.ComponentIndexOffsets(DejaVu.Glyph(accented))
            .Select(at => BinaryPrimitives.ReadUInt16BigEndian(DejaVu.Glyph(accented)[at..])).ToList();
        Assert.Equal(originals.Count, offsets.Count);
        Assert.True(subset.GlyphCount >= 2 + originals.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var renumbered = BinaryPrimitives.ReadUInt16BigEndian(glyph[offsets[i]..]);
            Assert.InRange(renumbered, 2, subset.GlyphCount - 1);
            Assert.Equal(DejaVu.Glyph(originals[i]).ToArray(), subset.Glyph(renumbered).ToArray());
        }
    }

    [Fact]
    public void Subset_FirstGlyphNotNotdef_Throws() =>
        Assert.Throws<ArgumentException>(() => TrueTypeSubsetter.Subset(DejaVu, [DejaVu.GlyphId('a')], ['a']));
}
