using System.Text;
using Serverless.Feedback.Pdf.Fonts.Embedding;

namespace Serverless.Feedback.Tests.Pdf.Fonts.Embedding;

public sealed class ToUnicodeCMapTests
{
    [Fact]
    public void Create_ConsecutiveCharacters_OneRange()
    {
        var cmap = Create(-1, 'a', 'b', 'c', 'x');

        Assert.Contains("1 beginbfrange\n<0001> <0003> <0061>\nendbfrange", cmap, StringComparison.Ordinal);
        Assert.Contains("1 beginbfchar\n<0004> <0078>\nendbfchar", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CharacterOutsideBmp_SurrogatePair()
    {
        var cmap = Create(-1, 0x2000B, 0x1F600);

        Assert.Contains("<0001> <D840DC0B>", cmap, StringComparison.Ordinal);
        Assert.Contains("<0002> <D83DDE00>", cmap, StringComparison.Ordinal);
        Assert.DoesNotContain("bfrange", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RunAcrossByteBoundary_SplitIntoTwoRanges()
    {
        // Characters U+00FE..U+0101 cross the low byte of the destination, so one range cannot hold them.
        var cmap = Create(-1, 0xFE, 0xFF, 0x100, 0x101);

        Assert.Contains("<0001> <0002> <00FE>", cmap, StringComparison.Ordinal);
        Assert.Contains("<0003> <0004> <0100>", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ManyCharacters_BlocksOfAtMostHundred()
    {
        var codePoints = new List<int> { -1 };
        codePoints.AddRange(Enumerable.Range(0, 250).Select(i => 0x4E00 + i * 2));
        var cmap = Create([.. codePoints]);

        Assert.Contains("100 beginbfchar", cmap, StringComparison.Ordinal);
        Assert.Contains("50 beginbfchar", cmap, StringComparison.Ordinal);
        Assert.Equal(250, cmap.Split('\n').Count(line => line.StartsWith('<') && !line.StartsWith("<0000> <FFFF>", StringComparison.Ordinal)));
    }

    private static string Create(params int[] codePoints) => Encoding.ASCII.GetString(ToUnicodeCMap.Create(codePoints));
}
