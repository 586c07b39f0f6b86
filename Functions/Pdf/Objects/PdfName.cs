using System.Text;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>A PDF name such as <c>/Type</c>; bytes outside the regular characters are written as <c>#xx</c>.</summary>
internal readonly record struct PdfName(string Value) : IPdfValue
{
    public void WriteTo(PdfByteWriter output)
    {
        output.Write((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(Value))
        {
            if (b is > 0x20 and < 0x7F && !IsDelimiter(b))
            {
                output.Write(b);
            }
            else
            {
                output.WriteAscii("#" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public static implicit operator PdfName(string value) => new(value);

    private static bool IsDelimiter(byte b) => b is (byte)'#' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
