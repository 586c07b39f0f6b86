using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Fonts.TrueType;

namespace Serverless.Feedback.Tests.Pdf.Fonts.TrueType;

public sealed class TrueTypeParserTests
{
    [Fact]
    public void Parse_DejaVuSans_ReadsHeadMaxpAndName()
    {
        var font = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DejaVuSans.ttf"));

        Assert.Equal("DejaVuSans", font.PostScriptName);
        Assert.Equal(2048, font.Metrics.UnitsPerEm);
        Assert.Equal(6253, font.GlyphCount);
        Assert.True(font.Metrics.Ascent > 0 && font.Metrics.Descent < 0);
        Assert.True(font.Metrics.CapHeight > 0 && font.Metrics.CapHeight < font.Metrics.Ascent);
        Assert.Equal(0, font.Metrics.ItalicAngle);
        Assert.False(font.Metrics.IsFixedPitch);
    }

    [Fact]
    public void GlyphId_LatinAndChinese_OnlyTheCjkFontHasTheIdeograph()
    {
        var latin = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DejaVuSans.ttf"));
        var cjk = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DroidSansFallbackFull.ttf"));

        Assert.NotEqual(0, latin.GlyphId('A'));
        Assert.Equal(0, latin.GlyphId('中'));
        Assert.NotEqual(0, cjk.GlyphId('中'));
        Assert.Equal("DroidSansFallback", cjk.PostScriptName);
        Assert.Equal(256, cjk.Metrics.UnitsPerEm);
    }

    [Fact]
    public void AdvanceWidth_Space_MatchesHmtxValue()
    {
        var font = TrueTypeParser.Parse(EmbeddedFonts.ReadResource("DejaVuSans.ttf"));

        // DejaVu Sans: the space advances 651 of 2048 units; it has no outline.
        Assert.Equal(651, font.AdvanceWidth(font.GlyphId(' ')));
        Assert.True(font.Glyph(font.GlyphId(' ')).IsEmpty);
        Assert.False(font.Glyph(font.GlyphId('A')).IsEmpty);
    }

    [Fact]
    public void Parse_CffOpenType_ThrowsClearError()
    {
        var data = new byte[64];
        "OTTO"u8.CopyTo(data);
        var error = Assert.Throws<InvalidFontException>(() => TrueTypeParser.Parse(data));
        Assert.Contains("CFF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Truncated_ThrowsClearError()
    {
        var data = EmbeddedFonts.ReadResource("DejaVuSans.ttf")[..2000];
        Assert.Throws<InvalidFontException>(() => TrueTypeParser.Parse(data));
    }
}
