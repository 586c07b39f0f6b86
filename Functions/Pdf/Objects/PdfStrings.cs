using System.Text;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>
/// A text string for people to read (title, author): UTF-16BE with a byte order mark, written in hex, so any
/// language survives and no byte needs escaping.
/// </summary>
internal readonly record struct PdfTextString(string Value) : IPdfValue
{
    public void WriteTo(PdfByteWriter output)
    {
        var bytes = new byte[2 + Encoding.BigEndianUnicode.GetByteCount(Value)];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(Value, bytes.AsSpan(2));
        new PdfHexString(bytes).WriteTo(output);
    }
}

/// <summary>An ASCII string in parentheses (dates, registry names), with the three special characters escaped.</summary>
internal readonly record struct PdfAsciiString(string Value) : IPdfValue
{
    public void WriteTo(PdfByteWriter output)
    {
        var text = new StringBuilder(Value.Length + 2).Append('(');
        foreach (var c in Value)
        {
            if (c > 0x7E || c < 0x20)
            {
                throw new ArgumentException("An ASCII string holds printable ASCII only; use a text string.", nameof(Value));
            }

            if (c is '(' or ')' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        output.WriteAscii(text.Append(')').ToString());
    }
}

/// <summary>Bytes written as a hex string <c>&lt;0A1B&gt;</c>.</summary>
internal readonly record struct PdfHexString(byte[] Bytes) : IPdfValue
{
    public void WriteTo(PdfByteWriter output)
    {
        output.Write((byte)'<');
        output.WriteAscii(Convert.ToHexString(Bytes));
        output.Write((byte)'>');
    }
}
