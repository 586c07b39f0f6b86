using Serverless.Feedback.Pdf;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf.Charts;

public sealed class ChartDocumentTests
{
    [Fact]
    public void ParetoChart_UnsortedCounts_BarsLargestFirstAndLineEndsAtHundredPercent()
    {
        var pdf = PdfSamples.Builder().ParetoChart(new PdfParetoChart(
            "Complaints by defect, March 2026",
            [new("Dent", 3), new("Scratch", 12), new("Crack", 5), new("Burr", 4), new("Other", 1)])
        {
            CountAxisTitle = "Complaints",
            PercentAxisTitle = "Cumulative",
            CategoryAxisTitle = "Defect",
        }).Build();

        PdfTools.AssertValid(pdf);
        var words = PdfTools.Words(pdf);
        string[] expected = ["Scratch", "Crack", "Burr", "Dent", "Other"];
        var labels = words.Where(w => expected.Contains(w.Text)).OrderBy(w => w.XMin).Select(w => w.Text);
        Assert.Equal(expected, labels);

        // The cumulative labels at each point (12, 17, 21, 24, 25 of 25) and the right-hand axis both reach 100 %.
        var text = PdfTools.Text(pdf);
        foreach (var percent in new[] { "48%", "68%", "84%", "96%" })
        {
            Assert.Contains(percent, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, words.Count(w => w.Text == "100%"));
        Assert.Contains("Cumulative", text, StringComparison.Ordinal);
        Assert.Contains("Complaints by defect, March 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_ChineseCategories_LabelsValuesAndAxisTitlesReadBack()
    {
        var pdf = PdfSamples.Builder(language: "zh-CN").BarChart(new PdfBarChart(
            "各产线投诉数量",
            [new("一号线", 7), new("二号线", 3), new("包装", 11)])
        {
            ValueAxisTitle = "投诉数",
            CategoryAxisTitle = "产线",
        }).Build();

        PdfTools.AssertValid(pdf);
        var words = PdfTools.Words(pdf);
        var labels = words.Where(w => w.Text is "一号线" or "二号线" or "包装").OrderBy(w => w.XMin).Select(w => w.Text);
        Assert.Equal(["一号线", "二号线", "包装"], labels);
        var text = PdfTools.Text(pdf);
        foreach (var expected in new[] { "各产线投诉数量", "投诉数", "产线", "11", "12" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }
}
