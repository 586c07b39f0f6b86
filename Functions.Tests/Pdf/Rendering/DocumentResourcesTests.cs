using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Pdf.Rendering;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf.Rendering;

public sealed class DocumentResourcesTests
{
    [Fact]
    public void Image_SameBytesReadTwice_OneResource()
    {
        var resources = new DocumentResources();
        var bytes = PdfSamples.Fixture("defect-small.jpg");

        var first = resources.Image(JpegImage.Read(bytes));
        var second = resources.Image(JpegImage.Read([.. bytes]));
        var other = resources.Image(JpegImage.Read(PdfSamples.Fixture("defect-gray-progressive.jpg")));

        Assert.Equal(("Im1", "Im1", "Im2"), (first, second, other));
        Assert.Equal(2, resources.Images.Count);
    }

    [Fact]
    public void Font_FacesInOrderOfFirstUse_NamedF1F2()
    {
        var resources = new DocumentResources();
        var cjk = EmbeddedFonts.Standard.Resolve('中', false).Face;
        var latin = EmbeddedFonts.Standard.Resolve('a', false).Face;

        Assert.Equal("F1", resources.Font(cjk).Name);
        Assert.Equal("F2", resources.Font(latin).Name);
        Assert.Equal("F1", resources.Font(cjk).Name);
    }
}
