using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Pdf;

/// <summary>
/// Random paragraphs mixing Latin and CJK, one per page, read back through pdftotext (whitespace normalised; a
/// line that ends after a hyphen is joined to the next, as the hyphen belongs to the word).
/// </summary>
public sealed class PdfRoundTripPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Model", "X-200", "B2026-11", "housing", "crack", "é", "Größe", "(gate)", "50%", "e-mail", "https://example.com/a/b",
        "产品", "批号", "外壳", "裂纹", "。", "，", "、", "（模具）", "「首件」", "温度", "检验", "ー", "カタカナ", "한국어", "😀", "𠀋",
        " ", " ", " ", "  ",
    ];

    private static readonly Arbitrary<List<string>> Paragraphs =
        Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p).Trim()).Where(p => p.Length > 0)
            .ListOf().Where(list => list.Count is > 0 and <= 6).Select(list => list.ToList()).ToArbitrary();

    [Fact]
    public void Build_RandomMixedParagraphs_ReadBackWhitespaceNormalised()
    {
        Prop.ForAll(Paragraphs, paragraphs =>
        {
            var builder = PdfSamples.Builder(language: "zh-CN").Footer(string.Empty);
            foreach (var paragraph in paragraphs)
            {
                builder.Paragraph(paragraph).PageBreak();
            }

            var pages = PdfTools.PageTexts(builder.Build());
            return pages.Count == paragraphs.Count
                && pages.Zip(paragraphs).All(p => PdfSamples.Normalise(p.First.Replace("-\n", "-", StringComparison.Ordinal)) == PdfSamples.Normalise(p.Second));
        }).Check(Properties.Deterministic(25));
    }
}
