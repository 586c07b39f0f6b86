using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Tests.Pdf.Objects;

public sealed class PdfNumberTests
{
    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(-3.0, "-3")]
    [InlineData(0.5, "0.5")]
    [InlineData(595.27559, "595.276")]
    [InlineData(1e-7, "0")]
    [InlineData(-1e-7, "0")]
    [InlineData(123456789.25, "123456789.25")]
    public void Format_Value_PlainDecimalWithoutExponent(double value, string expected) =>
        Assert.Equal(expected, PdfNumber.Format(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Format_NotFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfNumber.Format(value));
}
