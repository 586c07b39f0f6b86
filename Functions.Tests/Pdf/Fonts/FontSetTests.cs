using System.Collections.Concurrent;
using Serverless.Feedback.Pdf.Fonts;

namespace Serverless.Feedback.Tests.Pdf.Fonts;

public sealed class FontSetTests
{
    private static readonly FontSet Fonts = EmbeddedFonts.Standard;

    [Fact]
    public void Resolve_LatinLetter_DejaVu()
    {
        Assert.Equal("DejaVuSans", Fonts.Resolve('M', bold: false).Face.Key);
        Assert.Equal("DejaVuSans-Bold", Fonts.Resolve('M', bold: true).Face.Key);
    }

    [Fact]
    public void Resolve_Ideograph_FallsBackToDroid()
    {
        var choice = Fonts.Resolve('批', bold: false);

        Assert.Equal("DroidSansFallback", choice.Face.Key);
        Assert.NotEqual(0, choice.Glyph);
        Assert.False(choice.FauxBold);
    }

    [Fact]
    public void Resolve_BoldIdeograph_RegularCjkGlyphWithFauxBold()
    {
        var choice = Fonts.Resolve('批', bold: true);

        Assert.Equal("DroidSansFallback", choice.Face.Key);
        Assert.True(choice.FauxBold);
    }

    [Fact]
    public void Resolve_BoldCharacterOnlyTheRegularFaceHas_RegularGlyphWithFauxBold()
    {
        // U+1D5A0 MATHEMATICAL SANS-SERIF CAPITAL A is in DejaVu Sans but not in DejaVu Sans Bold.
        var choice = Fonts.Resolve(0x1D5A0, bold: true);

        Assert.Equal("DejaVuSans", choice.Face.Key);
        Assert.NotEqual(0, choice.Glyph);
        Assert.True(choice.FauxBold);
    }

    [Fact]
    public void Resolve_CharacterNoFontHas_NotdefOfTheLatinFont()
    {
        var choice = Fonts.Resolve(0x10FFFD, bold: false);

        Assert.Equal("DejaVuSans", choice.Face.Key);
        Assert.Equal(0, choice.Glyph);
    }

    [Fact]
    public void Standard_ManyThreadsAtOnce_OneParsedFacePerFont()
    {
        var faces = new ConcurrentBag<FontFace>();
        Parallel.For(0, 32, i => faces.Add(EmbeddedFonts.Standard.Resolve(i % 2 == 0 ? '中' : 'a', bold: false).Face));

        Assert.Equal(2, faces.Distinct().Count());
    }
}
