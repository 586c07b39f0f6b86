using System.Security;
using System.Text;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Pdf.Rendering;

/// <summary>The XMP packet of the catalog's /Metadata stream: Dublin Core title, author and language, the producer and the dates.</summary>
internal static class XmpMetadata
{
    public static byte[] Create(PdfDocumentInfo info)
    {
        var date = PdfDate.XmpDate(info.CreatedAt);
        var text = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(info.Author))
        {
            text.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            text.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        text.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<pdf:Producer>").Append(Escape(PdfDocumentInfo.Producer)).Append("</pdf:Producer>\n");
        if (!string.IsNullOrEmpty(info.Keywords))
        {
            text.Append("<pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        }

        text.Append("<xmp:CreatorTool>").Append(Escape(PdfDocumentInfo.Producer)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>XML escaping, with control characters XML 1.0 cannot carry dropped.</summary>
    private static string Escape(string value) =>
        SecurityElement.Escape(new string(value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()));
}
