using System.Text;
using System.Xml.Linq;
using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Rendering;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Pdf.Rendering;

public sealed class XmpMetadataTests
{
    [Fact]
    public void Create_TitleWithMarkupAndChinese_WellFormedWithTitleProducerAndDate()
    {
        var info = new PdfDocumentInfo("8D <报告> & \"quotes\"", "质量部", null, "zh-CN", PdfSamples.CreatedAt);
        var packet = Encoding.UTF8.GetString(XmpMetadata.Create(info));

        var xml = XDocument.Parse(packet);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdf = "http://ns.adobe.com/pdf/1.3/";
        XNamespace xmp = "http://ns.adobe.com/xap/1.0/";
        Assert.Equal(info.Title, xml.Descendants(dc + "title").Single().Value);
        Assert.Equal("质量部", xml.Descendants(dc + "creator").Single().Value);
        Assert.Equal(PdfDocumentInfo.Producer, xml.Descendants(pdf + "Producer").Single().Value);
        Assert.Equal("2026-03-02T09:30:00+08:00", xml.Descendants(xmp + "CreateDate").Single().Value);
        Assert.StartsWith("<?xpacket begin=\"\uFEFF\"", packet, StringComparison.Ordinal);
    }
}
