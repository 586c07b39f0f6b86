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
        const string Text = "产品外壳出现裂纹。";

        // Room for eight ideographs but not the full stop: 纹 goes down with 。 rather than leaving it to start a line.
        Assert.Equal(["产品外壳出现裂", "纹。"], Lines(Text, PrefixWidth(Text, 8) + 1));
    }

    [Fact]
    public void Break_LongUrl_CutWhereTheLineIsFull()
    {
        const string Url = "https://feedback.example.com/track/0123456789abcdef0123456789abcdef0123456789abcdef";

        var lines = Lines(Url, 120);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(PrefixWidth(l, l.Length) <= 120));
        Assert.Equal(Url, string.Concat(lines));
    }

    [Fact]
    public void Break_BatchNumberAndHyphenatedWord_BreaksOnlyInTheWord()
    {
        const string Text = "B2026-11 e-mail";

        Assert.Equal(["B2026-11 e-", "mail"], Lines(Text, PrefixWidth(Text, 11) + 0.5));
    }

    [Fact]
    public void Break_HardLineBreaks_KeptIncludingEmptyLines() =>
        Assert.Equal(["one", string.Empty, "two", "three"], Lines("one\n\ntwo\r\nthree", 500));

    [Fact]
    public void FirstLine_TooLong_EndsWithEllipsisWithinTheRoom()
    {
        var shaped = ShapedText.Shape("Serverless.Feedback 8D report for complaint 2026-0042 from ACME", PdfTextStyle.Body, Fonts);

        var line = shaped.FirstLine(100, Fonts);

        Assert.True(line.Width <= 100);
        Assert.EndsWith("…", Text(line, line.WholeLine), StringComparison.Ordinal);
    }

    private static List<string> Lines(string text, double width)
    {
        var shaped = ShapedText.Shape(text, PdfTextStyle.Body, Fonts);
        return [.. shaped.BreakLines(width).Select(l => Text(shaped, l))];
    }

    /// <summary>The width of the first <paramref name="count"/> characters (all in the BMP here).</summary>
    private static double PrefixWidth(string text, int count) => ShapedText.Shape(text[..count], PdfTextStyle.Body, Fonts).Width;

    internal static string Text(ShapedText shaped, LineSpan line) =>
        string.Concat(shaped.Chars.Skip(line.Start).Take(line.End - line.Start).Select(c => char.ConvertFromUtf32(c.CodePoint)));
}
