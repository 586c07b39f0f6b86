using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf.Images;

public sealed class JpegReaderTests
{
    [Fact]
    public void Read_BaselineColourFixture_SizeAndComponentsFromSof()
    {
        var info = JpegReader.Read(PdfSamples.Fixture("defect-small.jpg"));

        Assert.Equal(new JpegInfo(120, 80, 3, 8, 1, false), info);
    }

    [Fact]
    public void Read_ProgressiveGreyFixture_OneComponent()
    {
        var info = JpegReader.Read(PdfSamples.Fixture("defect-gray-progressive.jpg"));

        Assert.Equal((64, 48, 1), (info.Width, info.Height, info.Components));
    }

    [Theory]
    [InlineData((ushort)6, true)]
    [InlineData((ushort)8, true)]
    [InlineData((ushort)3, false)]
    public void Read_ExifOrientation_ReadAndAxesSwappedForQuarterTurns(ushort orientation, bool swapped)
    {
        var info = JpegReader.Read(JpegFixtures.WithOrientation(PdfSamples.Fixture("defect-small.jpg"), orientation, bigEndian: orientation == 8));

        Assert.Equal(orientation, info.Orientation);
        Assert.Equal(swapped, info.SwapsAxes);
        Assert.Equal(swapped ? (80, 120) : (120, 80), (info.DisplayWidth, info.DisplayHeight));
    }

    [Fact]
    public void Read_AdobeCmyk_MarkedInverted()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xEE, 0x00, 0x0E, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 2,
            0xFF, 0xC0, 0x00, 0x14, 8, 0x00, 0x10, 0x00, 0x20, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0,
            0xFF, 0xD9,
        ];

        var info = JpegReader.Read(jpeg);

        Assert.Equal((32, 16, 4, true), (info.Width, info.Height, info.Components, info.AdobeInverted));
    }

    [Fact]
    public void Read_Png_ThrowsClearError()
    {
        var error = Assert.Throws<InvalidImageException>(() => JpegReader.Read([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Contains("not a JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedInsideHeader_ThrowsClearError()
    {
        var jpeg = PdfSamples.Fixture("defect-small.jpg")[..30];
        Assert.Throws<InvalidImageException>(() => JpegReader.Read(jpeg));
    }

    [Fact]
    public void Read_TwelveBitSamples_Refused()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xC1, 0x00, 0x0B, 12, 0x00, 0x10, 0x00, 0x10, 1, 1, 0x11, 0, 0xFF, 0xD9];
        var error = Assert.Throws<InvalidImageException>(() => JpegReader.Read(jpeg));
        Assert.Contains("12 bits", error.Message, StringComparison.Ordinal);
    }
}
