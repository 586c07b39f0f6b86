using Serverless.Feedback.Pdf.Charts;

namespace Serverless.Feedback.Tests.Pdf.Charts;

public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(37, false, 40, 10)]
    [InlineData(7, true, 8, 2)]
    [InlineData(3, true, 3, 1)]
    [InlineData(0.42, false, 0.5, 0.1)]
    [InlineData(1180, false, 1250, 250)]
    [InlineData(0, true, 1, 1)]
    public void For_Largest_RoundMaximumAndStep(double largest, bool wholeNumbers, double max, double step)
    {
        var scale = AxisScale.For(largest, wholeNumbers: wholeNumbers);

        Assert.Equal(max, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.True(scale.Max >= largest);
    }

    [Fact]
    public void Ticks_Percent_ZeroToHundredInFifths() =>
        Assert.Equal([0, 20, 40, 60, 80, 100], AxisScale.Percent.Ticks());
}
