using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Tests.Pdf.Text;

public sealed class BreakRulesTests
{
    [Theory]
    [InlineData('a', nameof(BreakClass.Alphabetic))]
    [InlineData('7', nameof(BreakClass.Numeric))]
    [InlineData(' ', nameof(BreakClass.Space))]
    [InlineData('\u3000', nameof(BreakClass.Space))]
    [InlineData('\u00A0', nameof(BreakClass.Glue))]
    [InlineData('-', nameof(BreakClass.Hyphen))]
    [InlineData(')', nameof(BreakClass.Close))]
    [InlineData('。', nameof(BreakClass.CloseWide))]
    [InlineData('，', nameof(BreakClass.CloseWide))]
    [InlineData('、', nameof(BreakClass.CloseWide))]
    [InlineData('）', nameof(BreakClass.CloseWide))]
    [InlineData('」', nameof(BreakClass.CloseWide))]
    [InlineData('（', nameof(BreakClass.OpenWide))]
    [InlineData('「', nameof(BreakClass.OpenWide))]
    [InlineData('(', nameof(BreakClass.Open))]
    [InlineData('中', nameof(BreakClass.Ideographic))]
    [InlineData('か', nameof(BreakClass.Ideographic))]
    [InlineData('ッ', nameof(BreakClass.CloseWide))]
    [InlineData('\u0301', nameof(BreakClass.Close))]
    public void Classify_Character_ExpectedClass(char c, string expected) => Assert.Equal(expected, BreakRules.Classify(c).ToString());

    [Theory]
    [InlineData("中", "文", true)]
    [InlineData("中", "。", false)]
    [InlineData("。", "中", true)]
    [InlineData("（", "中", false)]
    [InlineData("中", "（", true)]
    [InlineData("品", "M", true)]
    [InlineData("0", "批", true)]
    [InlineData("a", "b", false)]
    [InlineData(" ", "b", true)]
    [InlineData("a", " ", false)]
    [InlineData("-", "r", true)]
    [InlineData("-", "1", false)]
    [InlineData(" ", ")", false)]
    [InlineData("\u00A0", "b", false)]
    [InlineData("，", "M", true)]
    [InlineData(",", "M", false)]
    public void CanBreakBetween_Pair_Expected(string before, string after, bool expected) =>
        Assert.Equal(expected, BreakRules.CanBreakBetween(BreakRules.Classify(before[0]), BreakRules.Classify(after[0])));
}
