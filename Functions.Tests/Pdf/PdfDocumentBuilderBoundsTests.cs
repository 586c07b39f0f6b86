using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf;

/// <summary>Nothing is drawn past the page or the side margins, however long the words; bad input fails at once with a clear error.</summary>
public sealed class PdfDocumentBuilderBoundsTests
{
    private const double Slack = 0.5;

    [Fact]
    public void Build_LongUnbreakableWordsEverywhere_EveryWordInsideTheMargins()
    {
        var url = "https://feedback.example.com/track/" + new string('a', 40) + "/" + new string('7', 60);
        var number = new string('9', 140);
        var page = PdfPageSetup.A4Portrait;
        var pdf = PdfSamples.Builder()
            .Header("Header " + string.Concat(Enumerable.Repeat("very-long-header-text-", 20)), "2026-0042")
            .Footer("Page {0} of {1}", "Footer " + number)
            .Heading("D5 " + number)
            .Paragraph(url + " " + PdfSamples.English)
            .Paragraph(string.Concat(Enumerable.Repeat("产品编号", 60)) + number)
            .KeyValues([new("Tracking link", url), new(number, "key longer than its column")])
            .Table([new("A", 1), new("B", 1), new("C", 3)], [[url, number, PdfSamples.Chinese], ["x", "y", url]])
            .BarChart(new PdfBarChart("Defects by line " + number, [new("Line 1 " + url, 4), new("二号线", 7)]) { ValueAxisTitle = "Count", CategoryAxisTitle = "Line" })
            .ParetoChart(new PdfParetoChart("Pareto", [new(url, 3), new("划伤", 8), new("Crack", 5)]) { CountAxisTitle = "Complaints", PercentAxisTitle = "Cumulative %" })
            .Build();

        PdfTools.AssertValid(pdf);
        var words = PdfTools.Words(pdf);
        Assert.True(words.Count > 100);
        Assert.All(words, w =>
        {
            Assert.True(w.XMin >= page.Margins.Left - Slack && w.XMax <= w.PageWidth - page.Margins.Right + Slack, $"'{w.Text}' on page {w.Page} runs from x {w.XMin} to {w.XMax}.");
            Assert.True(w.YMin >= 0 && w.YMax <= w.PageHeight, $"'{w.Text}' on page {w.Page} runs from y {w.YMin} to {w.YMax}.");
        });
        Assert.Contains(words, w => w.Text.StartsWith("https://feedback", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_BodyText_StaysBetweenHeaderAndFooterRules()
    {
        var page = PdfPageSetup.A4Portrait;
        var pdf = PdfDocumentBuilderPageTests.LongTable(PdfSamples.Builder().Header("Header").Footer("Page {0} of {1}")).Build();

        var body = PdfTools.Words(pdf).Where(w => w.Text is "burr" or "Defect").ToList();
        Assert.True(body.Count > 150);
        Assert.All(body, w =>
            Assert.True(w.YMin >= page.Margins.Top - Slack && w.YMax <= page.Height - page.Margins.Bottom + Slack, $"'{w.Text}' on page {w.Page} at y {w.YMin}..{w.YMax}."));
    }

    [Fact]
    public void Paragraph_SizeOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfSamples.Builder().Paragraph("x", PdfTextStyle.Body with { Size = 100 }));

    [Fact]
    public void Table_RowWithTooFewCells_ThrowsNamingTheRow()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfSamples.Builder().Table([new("A"), new("B")], [["1", "2"], ["3"]]));
        Assert.Contains("Row 2 has 1 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ZeroWidthColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => PdfSamples.Builder().Table([new("A", 0)], [["1"]]));

    [Fact]
    public void Image_NotAJpeg_ThrowsInvalidImage() =>
        Assert.Throws<InvalidImageException>(() => PdfSamples.Builder().Image("GIF89a......"u8.ToArray()));

    [Fact]
    public void Footer_FormatWithMissingArgument_ThrowsAtTheCall() =>
        Assert.Throws<FormatException>(() => PdfSamples.Builder().Footer("Page {0} of {2}"));

    [Fact]
    public void Heading_LevelFour_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfSamples.Builder().Heading("x", 4));

    [Fact]
    public void BarChart_NegativeValue_Throws() =>
        Assert.Throws<ArgumentException>(() => PdfSamples.Builder().BarChart(new PdfBarChart("x", [new("a", -1)])));

    [Fact]
    public void Constructor_EmptyTitleOrBadLanguage_Throws()
    {
        Assert.Throws<ArgumentException>(() => PdfSamples.Builder(title: " "));
        Assert.Throws<ArgumentException>(() => PdfSamples.Builder(language: "zh CN"));
    }
}
