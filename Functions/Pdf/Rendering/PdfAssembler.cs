using Serverless.Feedback.Pdf.Fonts.Embedding;
using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Pdf.Rendering;

/// <summary>Puts drawn pages and their resources into a PDF file: catalog, info, metadata, page tree, images and fonts.</summary>
internal static class PdfAssembler
{
    public static byte[] Write(PdfDocumentInfo info, PdfPageSetup setup, IReadOnlyList<byte[]> pages, DocumentResources resources)
    {
        var file = new PdfFileWriter();
        var catalog = file.Reserve();
        var infoObject = file.Reserve();
        var metadata = file.Reserve();
        var pageTree = file.Reserve();
        var shared = file.Reserve();
        var pageObjects = pages.Select(_ => (Page: file.Reserve(), Content: file.Reserve())).ToList();
        var images = resources.Images.Select(_ => file.Reserve()).ToList();
        var fonts = resources.Fonts.Select(_ => file.Reserve()).ToList();

        file.Write(catalog, new PdfDictionary()
            .Set("Type", "Catalog")
            .Set("Pages", pageTree)
            .Set("Metadata", metadata)
            .Set("Lang", new PdfAsciiString(info.Language))
            .Set("ViewerPreferences", new PdfDictionary().Set("DisplayDocTitle", new PdfBoolean(true))));
        file.Write(infoObject, InfoDictionary(info));
        file.WriteStream(metadata, new PdfDictionary().Set("Type", "Metadata").Set("Subtype", "XML"), XmpMetadata.Create(info), compress: false);
        file.Write(pageTree, new PdfDictionary()
            .Set("Type", "Pages")
            .Set("Kids", new PdfArray(pageObjects.Select(p => (IPdfValue)p.Page)))
            .Set("Count", pages.Count));

        var fontDictionary = new PdfDictionary();
        for (var i = 0; i < fonts.Count; i++)
        {
            fontDictionary.Set(DocumentResources.FontName(i), fonts[i]);
        }

        var imageDictionary = new PdfDictionary();
        for (var i = 0; i < images.Count; i++)
        {
            imageDictionary.Set(DocumentResources.ImageName(i), images[i]);
        }

        file.Write(shared, new PdfDictionary().Set("Font", fontDictionary).Set("XObject", imageDictionary));

        var mediaBox = PdfArray.Numbers(0, 0, setup.Width, setup.Height);
        for (var i = 0; i < pages.Count; i++)
        {
            file.Write(pageObjects[i].Page, new PdfDictionary()
                .Set("Type", "Page")
                .Set("Parent", pageTree)
                .Set("MediaBox", mediaBox)
                .Set("Resources", shared)
                .Set("Contents", pageObjects[i].Content));
            file.WriteStream(pageObjects[i].Content, new PdfDictionary(), pages[i], compress: true);
        }

        for (var i = 0; i < images.Count; i++)
        {
            WriteImage(file, images[i], resources.Images[i]);
        }

        for (var i = 0; i < fonts.Count; i++)
        {
            CidFontWriter.Write(file, fonts[i], resources.Fonts[i]);
        }

        return file.Finish(catalog, infoObject);
    }

    private static PdfDictionary InfoDictionary(PdfDocumentInfo info)
    {
        var dictionary = new PdfDictionary().Set("Title", new PdfTextString(info.Title));
        if (!string.IsNullOrEmpty(info.Author))
        {
            dictionary.Set("Author", new PdfTextString(info.Author));
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            dictionary.Set("Subject", new PdfTextString(info.Subject));
        }

        if (!string.IsNullOrEmpty(info.Keywords))
        {
            dictionary.Set("Keywords", new PdfTextString(info.Keywords));
        }

        var date = new PdfAsciiString(PdfDate.InfoDate(info.CreatedAt));
        return dictionary
            .Set("Creator", new PdfTextString(PdfDocumentInfo.Producer))
            .Set("Producer", new PdfTextString(PdfDocumentInfo.Producer))
            .Set("CreationDate", date)
            .Set("ModDate", date);
    }

    private static void WriteImage(PdfFileWriter file, PdfReference reference, JpegImage image)
    {
        var jpeg = image.Info;
        var dictionary = new PdfDictionary()
            .Set("Type", "XObject")
            .Set("Subtype", "Image")
            .Set("Width", jpeg.Width)
            .Set("Height", jpeg.Height)
            .Set("ColorSpace", jpeg.Components switch { 1 => "DeviceGray", 4 => "DeviceCMYK", _ => "DeviceRGB" })
            .Set("BitsPerComponent", jpeg.BitsPerComponent)
            .Set("Filter", "DCTDecode");
        if (jpeg.AdobeInverted)
        {
            // Adobe applications store CMYK JPEGs inverted and say so with their APP14 marker.
            dictionary.Set("Decode", PdfArray.Numbers(1, 0, 1, 0, 1, 0, 1, 0));
        }

        file.WriteStream(reference, dictionary, image.Data, compress: false);
    }
}
