using System.Globalization;
using System.Text;
using Serverless.Feedback.Pdf;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf;

/// <summary>Pages, header and footer, tables across pages, size, and repeatable output, checked with qpdf and poppler.</summary>
public sealed class PdfDocumentBuilderPageTests
{
    private const string HeaderCell = "Defect description";

    [Fact]
    public void Build_LongTable_PagesAsLaidOutAndHeaderRowOncePerPage()
    {
        var builder = LongTable(PdfSamples.Builder());
        var pdf = builder.Build();

        PdfTools.AssertValid(pdf);
        var pages = PdfTools.PageCount(pdf);
        Assert.Equal(builder.Layout().Count, pages);
        Assert.True(pages >= 3);
        for (var page = 1; page <= pages; page++)
        {
            var text = PdfTools.Text(pdf, page: page);
            Assert.Equal(1, Occurrences(text, HeaderCell));
        }

        Assert.Contains("Row 150 burr at the parting line", PdfTools.Text(pdf, page: pages), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FooterFormat_PageNOfMCorrectOnEveryPage()
    {
        var pdf = LongTable(PdfSamples.Builder().Header("8D report 2026-0042", "ACME Ltd").Footer("Page {0} of {1}", "Serverless.Feedback")).Build();

        var texts = PdfTools.PageTexts(pdf);
        Assert.True(texts.Count >= 3);
        for (var page = 1; page <= texts.Count; page++)
        {
            Assert.Equal(1, Occurrences(texts[page - 1], $"Page {page} of {texts.Count}"));
            Assert.Equal(1, Occurrences(texts[page - 1], "8D report 2026-0042"));
            Assert.Equal(1, Occurrences(texts[page - 1], "ACME Ltd"));
        }
    }

    [Fact]
    public void Build_ChineseFooterFormat_LocalisedPageNumbers()
    {
        var pdf = LongTable(PdfSamples.Builder(language: "zh-CN").Footer("第 {0} 页，共 {1} 页")).Build();

        var texts = PdfTools.PageTexts(pdf);
        for (var page = 1; page <= texts.Count; page++)
        {
            Assert.Contains($"第 {page} 页，共 {texts.Count} 页", texts[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_TwentyChineseCharacters_FontsSubsetFarBelowTheFullFont()
    {
        var pdf = PdfSamples.Builder(language: "zh-CN").Paragraph("客户反馈产品外壳出现裂纹我们检查了退回的样品发现浇").Build();

        PdfTools.AssertValid(pdf);
        Assert.True(pdf.Length < 60_000, $"The document is {pdf.Length} bytes.");
        Assert.Contains("客户反馈产品外壳出现裂纹我们检查了退回的样品发现浇", PdfTools.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameInputTwice_SameBytes()
    {
        static byte[] Render() => LongTable(PdfSamples.Builder().Header("8D").Paragraph(PdfSamples.Chinese).Image(PdfSamples.Fixture("defect-small.jpg"), caption: "照片 1"))
            .ParetoChart(new PdfParetoChart("Pareto", [new("Scratch", 5), new("Crack", 9)]))
            .Build();

        var first = Render();
        Assert.Equal(first, Render());
    }

    [Fact]
    public void Build_Landscape_PageSizeTurned()
    {
        var pdf = PdfSamples.Builder(page: PdfPageSetup.A4Landscape).Paragraph("wide").Build();

        Assert.StartsWith("841.89 x 595.276 pts", PdfTools.Info(pdf)["Page size"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InfoAndCatalog_TitleInChineseXmpLanguageAndDisplayTitle()
    {
        var pdf = new PdfDocumentBuilder(new PdfDocumentInfo("8D 报告 2026-0042", "质量部", "客户投诉", "zh-CN", PdfSamples.CreatedAt) { Keywords = "8D, 投诉" })
            .Paragraph("内容").Build();

        var info = PdfTools.Info(pdf);
        Assert.Equal("8D 报告 2026-0042", info["Title"]);
        Assert.Equal("质量部", info["Author"]);
        Assert.Equal("客户投诉", info["Subject"]);
        Assert.Equal("8D, 投诉", info["Keywords"]);
        Assert.Equal(PdfDocumentInfo.Producer, info["Producer"]);
        var metadata = PdfTools.Metadata(pdf);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">8D 报告 2026-0042</rdf:li>", metadata, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2026-03-02T09:30:00+08:00</xmp:CreateDate>", metadata, StringComparison.Ordinal);
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Lang (zh-CN)", raw, StringComparison.Ordinal);
        Assert.Contains("/ViewerPreferences << /DisplayDocTitle true >>", raw, StringComparison.Ordinal);
        Assert.Contains("/ID [<", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Jpegs_EmbeddedAsDctWithTheirSizeAndColourSpace()
    {
        var photo = PdfSamples.Fixture("defect-small.jpg");
        var pdf = PdfSamples.Builder()
            .Image(photo, caption: "Photo 1")
            .Image(PdfSamples.Fixture("defect-gray-progressive.jpg"), 100)
            .Image(photo, caption: "Photo 1 again")
            .Build();

        PdfTools.AssertValid(pdf);
        var images = PdfTools.Images(pdf);
        Assert.Equal(3, images.Count);
        Assert.Equal(["120", "80", "rgb", "3", "8", "jpeg"], images[0][3..9]);
        Assert.Equal(["64", "48", "gray", "1", "8", "jpeg"], images[1][3..9]);
        Assert.Equal(images[0][10], images[2][10]);
        Assert.True(pdf.Length < photo.Length + 30_000);
    }

    [Fact]
    public void Build_PhotoTurnedByExif_LaidOutUpright()
    {
        var turned = Images.JpegFixtures.WithOrientation(PdfSamples.Fixture("defect-small.jpg"), 6);

        var item = PdfSamples.Builder().Image(turned).Layout()[0].Items[0].Item;

        Assert.Equal(120, item.Height, 6);
        PdfTools.AssertValid(PdfSamples.Builder().Image(turned).Build());
    }

    internal static PdfDocumentBuilder LongTable(PdfDocumentBuilder builder) =>
        builder.Heading("D3 Containment").Table(
            [new("No.", 0.6, PdfAlign.Right), new(HeaderCell, 5), new("Qty", 1, PdfAlign.Right)],
            Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[Number(i), $"Row {i} burr at the parting line", Number(i * 3)]));

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
