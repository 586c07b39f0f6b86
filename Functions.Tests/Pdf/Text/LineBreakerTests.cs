using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Text;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Pdf.Text;

public sealed class LineBreakerTests
{
    private static readonly FontSet Fonts = EmbeddedFonts.Standard;

    // Every word fits the narrowest line, so a space is always there to break at; none breaks after its hyphen.
    private static readonly Arbitrary<string> LatinWords =
        Gen.Elements("a", "the", "housing", "cracked", "Model", "X-200", "B2026-11", "inspection", "é", "wall.", "(gate)")
            .ListOf().Where(words => words.Count > 0).Select(words => string.Join(' ', words)).ToArbitrary();

    // Punctuation always follows or precedes an ideograph, so the longest run without a break is three characters.
    private static readonly Arbitrary<string> ChineseText =
        Gen.Elements("客", "户", "反馈", "产", "品", "裂纹。", "外壳，", "样品、", "（模具）", "「首件」", "检验！", "温度？")
            .ListOf().Where(pieces => pieces.Count > 0).Select(pieces => string.Concat(pieces)).ToArbitrary();

    private static readonly Arbitrary<double> Widths = Gen.Choose(80, 300).Select(w => (double)w).ToArbitrary();

    [Fact]
    public void Break_LatinWithSpaces_NeverMidWordAndNeverPastTheWidth()
    {
        Prop.ForAll(LatinWords, Widths, (text, width) =>
        {
            var shaped = ShapedText.Shape(text, PdfTextStyle.Body, Fonts);
            var lines = shaped.BreakLines(width);
            return lines.All(l => l.Width <= width + 1e-6)
                && string.Join(' ', lines.Select(l => Text(shaped, l))) == text;
        }).Check(Properties.Deterministic());
    }

    [Fact]
    public void Break_Chinese_NoLineStartsWithClosingOrEndsWithOpeningPunctuation()
    {
        Prop.ForAll(ChineseText, Widths, (text, width) =>
        {
            var shaped = ShapedText.Shape(text, PdfTextStyle.Body, Fonts);
            var lines = shaped.BreakLines(width).Select(l => (Span: l, Text: Text(shaped, l))).ToList();
            return string.Concat(lines.Select(l => l.Text)) == text
                && lines.All(l => l.Span.Width <= width + 1e-6)
                && lines.Skip(1).All(l => !"。，、）」！？".Contains(l.Text[0], StringComparison.Ordinal))
                && lines.SkipLast(1).All(l => !"（「".Contains(l.Text[^1], StringComparison.Ordinal));
        }).Check(Properties.Deterministic());
    }

    [Fact]
    public void Break_IdeographBeforeFullStop_TheTwoMoveDownTogether()
    {
        var shaped = ShapedText.Shape("产品外壳出现裂纹。", PdfTextStyle.Body, Fonts);
        var eight = shaped.Chars.Take(8).Sum(c => c.Width);

        // Room for eight ideographs but not the full stop: 纹 goes down with 。 rather than leaving it to start a line.
        var lines = shaped.BreakLines(eight + 1);

        Assert.Equal(["产品外壳出现裂", "纹。"], lines.Select(l => Text(shaped, l)));
    }

    [Fact]
    public void Break_LongUrl_CutWhereTheLineIsFull()
    {
        var url = "https://feedback.example.com/track/0123456789abcdef0123456789abcdef0123456789abcdef";
        var shaped = ShapedText.Shape(url, PdfTextStyle.Body, Fonts);

        var lines = shaped.BreakLines(120);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(l.Width <= 120));
        Assert.Equal(url, string.Concat(lines.Select(l => Text(shaped, l))));
    }

    [Fact]
    public void Break_BatchNumberAndHyphenatedWord_BreaksOnlyInTheWord()
    {
        var shaped = ShapedText.Shape("B2026-11 e-mail", PdfTextStyle.Body, Fonts);
        var upToMail = shaped.Chars.Take(11).Sum(c => c.Width);

        var lines = shaped.BreakLines(upToMail + 0.5);

        Assert.Equal(["B2026-11 e-", "mail"], lines.Select(l => Text(shaped, l)));
    }

    [Fact]
    public void Break_HardLineBreaks_KeptIncludingEmptyLines()
    {
        var shaped = ShapedText.Shape("one\n\ntwo\r\nthree", PdfTextStyle.Body, Fonts);

        Assert.Equal(["one", string.Empty, "two", "three"], shaped.BreakLines(500).Select(l => Text(shaped, l)));
    }

    [Fact]
    public void FirstLine_TooLong_EndsWithEllipsisWithinTheRoom()
    {
        var shaped = ShapedText.Shape("Serverless.Feedback 8D report for complaint 2026-0042 from ACME", PdfTextStyle.Body, Fonts);

        var line = shaped.FirstLine(100, Fonts);

        Assert.True(line.Width <= 100);
        Assert.EndsWith("…", Text(line, line.WholeLine), StringComparison.Ordinal);
    }

    internal static string Text(ShapedText shaped, LineSpan line) =>
        string.Concat(shaped.Chars.Skip(line.Start).Take(line.End - line.Start).Select(c => char.ConvertFromUtf32(c.CodePoint)));
}
