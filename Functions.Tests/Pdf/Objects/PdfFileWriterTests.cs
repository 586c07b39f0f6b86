using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Tests.Pdf.Objects;

public sealed partial class PdfFileWriterTests
{
    [Fact]
    public void Finish_ObjectsWrittenOutOfOrder_XrefOffsetsPointAtEachObject()
    {
        var file = new PdfFileWriter();
        var catalog = file.Reserve();
        var info = file.Reserve();
        var pages = file.Reserve();
        file.Write(pages, new PdfDictionary().Set("Type", "Pages").Set("Kids", new PdfArray()).Set("Count", 0));
        file.Write(info, new PdfDictionary().Set("Title", new PdfTextString("x")));
        file.Write(catalog, new PdfDictionary().Set("Type", "Catalog").Set("Pages", pages));

        var bytes = file.Finish(catalog, info);
        var text = Encoding.Latin1.GetString(bytes);
        var startXref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 4\n", text[startXref..], StringComparison.Ordinal);
        var entries = XrefEntry().Matches(text[startXref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, entries.Count);
        for (var number = 1; number <= 3; number++)
        {
            Assert.StartsWith($"{number} 0 obj\n", text[entries[number - 1]..], StringComparison.Ordinal);
        }

        Assert.StartsWith("%PDF-1.7\n%", text, StringComparison.Ordinal);
        Assert.All(bytes[10..14], b => Assert.True(b > 127));
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_ReservedObjectNeverWritten_Throws()
    {
        var file = new PdfFileWriter();
        var catalog = file.Reserve();
        var info = file.Reserve();
        file.Write(catalog, new PdfDictionary());
        Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, info));
    }

    [Fact]
    public void WriteStream_Compressed_ZlibDataOfDeclaredLength()
    {
        var file = new PdfFileWriter();
        var stream = file.Reserve();
        var data = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 50)));
        file.WriteStream(stream, new PdfDictionary(), data, compress: true);
        file.Write(file.Reserve(), new PdfDictionary());
        var text = Encoding.Latin1.GetString(file.Finish(stream, new PdfReference(2)));

        var length = int.Parse(StreamLength().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var start = text.IndexOf("stream\n", StringComparison.Ordinal) + "stream\n".Length;
        Assert.StartsWith("\nendstream", text[(start + length)..], StringComparison.Ordinal);
        Assert.Contains("/Filter /FlateDecode", text, StringComparison.Ordinal);
        using var inflate = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(text.Substring(start, length))), CompressionMode.Decompress);
        using var result = new MemoryStream();
        inflate.CopyTo(result);
        Assert.Equal(data, result.ToArray());
    }

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex StreamLength();
}
