using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Fonts.TrueType;

namespace Serverless.Feedback.Tests.Pdf.Fonts.TrueType;

public sealed class BinarySearchHeaderTests
{
    [Fact]
    public void Write_TableCountOfDejaVuSans_SameFieldsAsTheFontItself()
    {
        var font = EmbeddedFonts.ReadResource("DejaVuSans.ttf");
        var header = new byte[6];

        BinarySearchHeader.Write(header, count: (font[4] << 8) | font[5], entrySize: 16);

        Assert.Equal(font[6..12], header);
    }

    [Theory]
    [InlineData(1, 2, new byte[] { 0, 2, 0, 0, 0, 0 })]
    [InlineData(6, 2, new byte[] { 0, 8, 0, 2, 0, 4 })]
    [InlineData(8, 16, new byte[] { 0, 128, 0, 3, 0, 0 })]
    public void Write_Count_PowerOfTwoLogAndRest(int count, int entrySize, byte[] expected)
    {
        var header = new byte[6];

        BinarySearchHeader.Write(header, count, entrySize);

        Assert.Equal(expected, header);
    }
}
