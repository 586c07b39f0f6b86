using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf.Images;

public sealed class JpegImageTests
{
    /// <summary>
    /// The stored picture's top-left pixel must land where the EXIF orientation says the picture's first row and
    /// column go, and the unit square must fill the box exactly.
    /// </summary>
    [Theory]
    [InlineData((ushort)1, 0.0, 1.0)]
    [InlineData((ushort)2, 1.0, 1.0)]
    [InlineData((ushort)3, 1.0, 0.0)]
    [InlineData((ushort)4, 0.0, 0.0)]
    [InlineData((ushort)5, 0.0, 1.0)]
    [InlineData((ushort)6, 1.0, 1.0)]
    [InlineData((ushort)7, 1.0, 0.0)]
    [InlineData((ushort)8, 0.0, 0.0)]
    public void Placement_Orientation_StoredTopLeftLandsInTheRightCorner(ushort orientation, double cornerX, double cornerY)
    {
        var image = JpegImage.Read(JpegFixtures.WithOrientation(PdfSamples.Fixture("defect-small.jpg"), orientation));
        var (x, y, width, height) = (100.0, 200.0, 80.0, 60.0);
        var m = image.Placement(x, y, width, height);
        (double X, double Y) Map(double u, double v) => (m.A * u + m.C * v + m.E, m.B * u + m.D * v + m.F);

        // In image space the stored top-left pixel is (0, 1).
        var topLeft = Map(0, 1);
        Assert.Equal((x + cornerX * width, y + cornerY * height), topLeft);
        var corners = new[] { Map(0, 0), Map(1, 0), Map(0, 1), Map(1, 1) };
        Assert.Equal([x, x + width], corners.Select(c => c.X).Distinct().Order());
        Assert.Equal([y, y + height], corners.Select(c => c.Y).Distinct().Order());
    }
}
