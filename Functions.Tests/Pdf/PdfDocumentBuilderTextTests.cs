using Serverless.Feedback.Pdf.Layout;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Pdf.Text;

namespace Serverless.Feedback.Tests.Pdf;

/// <summary>Text goes in and comes back out of pdftotext exactly, in English, Chinese and both on one line.</summary>
public sealed class PdfDocumentBuilderTextTests
{
    [Fact]
    public void Build_EnglishParagraph_ReadsBackLineForLine()
    {
        var builder = PdfSamples.Builder().Paragraph(PdfSamples.English);
        var pdf = builder.Build();

        PdfTools.AssertValid(pdf);
        Assert.Equal(LaidOutLines(builder), BodyLines(pdf));
        Assert.Equal(PdfSamples.English, string.Join(' ', BodyLines(pdf)));
    }

    [Fact]
    public void Build_ChineseParagraph_ReadsBackExactly()
    {
        var builder = PdfSamples.Builder("8D 报告", "zh-CN").Paragraph(PdfSamples.Chinese);
        var pdf = builder.Build();

        PdfTools.AssertValid(pdf);
        Assert.True(LaidOutLines(builder).Count > 1);
        Assert.Equal(LaidOutLines(builder), BodyLines(pdf));
        Assert.Equal(PdfSamples.Chinese, string.Concat(BodyLines(pdf)));
    }

    [Fact]
    public void Build_MixedScriptLine_ReadsBackExactly()
    {
        var pdf = PdfSamples.Builder().Paragraph(PdfSamples.MixedLine).Build();

        Assert.Equal([PdfSamples.MixedLine], BodyLines(pdf));
    }

    [Fact]
    public void Build_CharactersOutsideTheBmp_CopyBackAsThemselves()
    {
        const string Text = "Rare 𠀋 and 😀 end";
        var pdf = PdfSamples.Builder().Paragraph(Text).Build();

        PdfTools.AssertValid(pdf);
        Assert.Equal([Text], BodyLines(pdf));
    }

    [Fact]
    public void Build_BoldChineseHeading_ReadsBackAndUsesFillAndStroke()
    {
        var pdf = PdfSamples.Builder().Heading("D2 问题描述").Build();

        Assert.Equal(["D2 问题描述"], BodyLines(pdf));
        PdfTools.AssertValid(pdf);
    }

    [Fact]
    public void Build_FontsListed_AllEmbeddedSubsetAndWithToUnicode()
    {
        var pdf = PdfSamples.Builder().Heading("D1 Team").Paragraph(PdfSamples.MixedLine).Build();
        var rows = PdfTools.Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Matches("^[A-Z]{6}\\+", row[0]);
            Assert.Equal(["CID", "TrueType", "Identity-H", "yes", "yes", "yes"], row[1..7]);
        });
    }

    /// <summary>The page's lines in content order, without the footer line.</summary>
    internal static List<string> BodyLines(byte[] pdf, int page = 1) =>
        [.. PdfTools.Text(pdf, page: page).Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1)];

    private static List<string> LaidOutLines(Serverless.Feedback.Pdf.PdfDocumentBuilder builder) =>
        [.. builder.Layout()[0].Items.Select(i => i.Item).OfType<TextLineItem>().Select(t => LineBreakerTests.Text(t.Text, t.Line))];
}
