using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Fonts.Embedding;

namespace Serverless.Feedback.Tests.Pdf.Fonts.Embedding;

public sealed class FontSubsetTests
{
    private static readonly FontFace Face = EmbeddedFonts.Standard.Resolve('a', bold: false).Face;

    [Fact]
    public void Cid_SameCharacterTwice_SameCidInOrderOfFirstUse()
    {
        var subset = new FontSubset(Face);

        Assert.Equal(1, subset.Cid('b', Face.Font.GlyphId('b')));
        Assert.Equal(2, subset.Cid('a', Face.Font.GlyphId('a')));
        Assert.Equal(1, subset.Cid('b', Face.Font.GlyphId('b')));
        Assert.Equal([0, Face.Font.GlyphId('b'), Face.Font.GlyphId('a')], subset.Glyphs);
        Assert.Equal([-1, 'b', 'a'], subset.CodePoints);
    }

    [Fact]
    public void Cid_TwoCharactersOneGlyph_EachKeepsItsOwnCidSoBothCopyBack()
    {
        var subset = new FontSubset(Face);

        var first = subset.Cid('\u00C5', Face.Font.GlyphId('\u00C5'));
        var second = subset.Cid('\u212B', Face.Font.GlyphId('\u00C5'));

        Assert.NotEqual(first, second);
        Assert.Equal(subset.Glyphs[first], subset.Glyphs[second]);
    }

    [Fact]
    public void SubsetTag_DifferentGlyphs_DifferentSixLetterTags()
    {
        var one = SubsetTag.For("DejaVuSans", [0, 5, 6]);
        var other = SubsetTag.For("DejaVuSans", [0, 5, 7]);

        Assert.Matches("^[A-Z]{6}$", one);
        Assert.NotEqual(one, other);
        Assert.Equal(one, SubsetTag.For("DejaVuSans", [0, 5, 6]));
    }
}
