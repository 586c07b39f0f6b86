using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>Content-Transfer-Encoding: base64 written in 76-character lines; base64 and quoted-printable read leniently.</summary>
internal static class TransferEncodings
{
    /// <summary>RFC 2045 §6.8: encoded lines are at most 76 characters; 57 bytes make exactly 76.</summary>
    private const int BytesPerLine = 57;

    public static void AppendBase64Lines(StringBuilder output, ReadOnlySpan<byte> content)
    {
        Span<char> line = stackalloc char[76];
        while (content.Length > 0)
        {
            var take = Math.Min(BytesPerLine, content.Length);
            Convert.TryToBase64Chars(content[..take], line, out var written);
            output.Append(line[..written]).Append("\r\n");
            content = content[take..];
        }
    }

    /// <summary>Ignores line breaks and stray characters and tolerates missing padding; null when nothing sensible is left.</summary>
    public static byte[]? DecodeBase64(ReadOnlySpan<char> text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                clean.Append(c);
            }
        }

        // A single leftover character cannot encode a byte; drop it rather than fail the whole part.
        if (clean.Length % 4 == 1)
        {
            clean.Length--;
        }

        while (clean.Length % 4 != 0)
        {
            clean.Append('=');
        }

        var result = new byte[Base64.GetMaxDecodedFromUtf8Length(clean.Length)];
        return Convert.TryFromBase64String(clean.ToString(), result, out var written) ? result[..written] : null;
    }

    public static byte[] DecodeBase64Lenient(ReadOnlySpan<byte> body) => DecodeBase64(Encoding.ASCII.GetString(body)) ?? [];

    /// <summary>
    /// Soft line breaks ("=" at the end of a line) join lines; "=XX" becomes a byte; anything malformed is
    /// kept literally. In a header (<paramref name="isHeader"/>) there are no line breaks to handle.
    /// </summary>
    public static byte[] DecodeQuotedPrintable(ReadOnlySpan<char> text, bool isHeader = false)
    {
        var output = new ArrayBufferWriter<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '=' && !isHeader && IsSoftBreak(text, i, out var skip))
            {
                i += skip;
                continue;
            }

            if (c == '=' && i + 2 < text.Length && TryHex(text[i + 1], text[i + 2], out var value))
            {
                output.Write([value]);
                i += 3;
                continue;
            }

            if (c <= 0xFF)
            {
                // Bodies arrive as Latin-1 text, so a raw 8-bit byte comes back unchanged.
                output.Write([(byte)c]);
            }
            else
            {
                // Not valid quoted-printable, but keep the character rather than lose it.
                var length = Encoding.UTF8.GetBytes(text.Slice(i, 1), utf8);
                output.Write(utf8[..length]);
            }

            i++;
        }

        return output.WrittenSpan.ToArray();
    }

    private static bool IsSoftBreak(ReadOnlySpan<char> text, int index, out int skip)
    {
        // "=" followed by optional trailing whitespace and a line break (CRLF or a lone LF).
        var j = index + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j < text.Length && text[j] == '\r' && j + 1 < text.Length && text[j + 1] == '\n')
        {
            skip = j + 2 - index;
            return true;
        }

        if (j < text.Length && text[j] == '\n')
        {
            skip = j + 1 - index;
            return true;
        }

        // "=" with nothing after it ends the text: a soft break before a part boundary.
        skip = j - index;
        return j == text.Length;
    }

    private static bool TryHex(char high, char low, out byte value)
    {
        value = 0;
        if (!char.IsAsciiHexDigit(high) || !char.IsAsciiHexDigit(low))
        {
            return false;
        }

        value = (byte)((HexValue(high) << 4) | HexValue(low));
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToUpperInvariant(c) - 'A') + 10;
}
