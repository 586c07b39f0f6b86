using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Charts;

namespace Serverless.Feedback.Tests.Pdf.Charts;

public sealed class ParetoDataTests
{
    [Fact]
    public void Prepare_UnsortedCounts_LargestFirstAndCumulativeEndsAtHundred()
    {
        var (sorted, percents) = ParetoData.Prepare([new("Dent", 3), new("Scratch", 12), new("Crack", 5), new("Burr", 5)]);

        Assert.Equal(["Scratch", "Crack", "Burr", "Dent"], sorted.Select(s => s.Label));
        Assert.Equal([48, 68, 88, 100], percents);
    }

    [Fact]
    public void Prepare_ThirdsThatDoNotAddUpInBinary_LastPointIsExactlyHundred()
    {
        var (_, percents) = ParetoData.Prepare([new("a", 0.1), new("b", 0.2), new("c", 0.3)]);

        Assert.Equal(100, percents[^1]);
        Assert.True(percents.Zip(percents.Skip(1)).All(p => p.First <= p.Second));
    }

    [Fact]
    public void Prepare_AllZero_ThrowsClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => ParetoData.Prepare([new PdfChartValue("a", 0)]));
        Assert.Contains("more than zero", error.Message, StringComparison.Ordinal);
    }
}
