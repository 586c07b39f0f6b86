using System.Text;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Tests.Pdf.Objects;

public sealed class PdfStringsTests
{
    [Fact]
    public void TextString_Chinese_Utf16BigEndianWithByteOrderMark() =>
        Assert.Equal("<FEFF62A5544A0041>", Write(new PdfTextString("报告A")));

    [Fact]
    public void TextString_OutsideBmp_SurrogatePair() =>
        Assert.Equal("<FEFFD840DC0B>", Write(new PdfTextString("\U0002000B")));

    [Fact]
    public void AsciiString_Parentheses_Escaped() =>
        Assert.Equal(@"(a\(b\)c\\d)", Write(new PdfAsciiString(@"a(b)c\d")));

    [Fact]
    public void AsciiString_NonAscii_Throws() =>
        Assert.Throws<ArgumentException>(() => Write(new PdfAsciiString("é")));

    [Fact]
    public void Name_DelimitersAndSpaces_HexEscaped() =>
        Assert.Equal("/A#20B#2FC#23", Write(new PdfName("A B/C#")));

    [Fact]
    public void Dictionary_SetSameKeyTwice_KeepsFirstPositionAndLastValue() =>
        Assert.Equal("<< /A 3 /B true >>", Write(new PdfDictionary().Set("A", 1).Set("B", new PdfBoolean(true)).Set("A", 3)));

    private static string Write(IPdfValue value)
    {
        var output = new PdfByteWriter();
        value.WriteTo(output);
        return Encoding.ASCII.GetString(output.Written);
    }
}
