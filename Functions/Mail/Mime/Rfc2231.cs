using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// RFC 2231 parameter values: <c>filename*=UTF-8''%E6%8A%A5.pdf</c>, split into numbered sections
/// (<c>filename*0*=</c>, <c>filename*1*=</c>) when long. Sections break only between whole characters.
/// </summary>
internal static class Rfc2231
{
    /// <summary>Keeps each folded line (space, segment, semicolon) well inside 76 characters.</summary>
    private const int MaxSegmentLength = 68;

    public static List<string> Encode(string name, string value)
    {
        var encoded = new List<string>();
        var current = new StringBuilder("UTF-8''");
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var piece = PercentEncode(rune, bytes);
            if (current.Length > 0 && name.Length + 6 + current.Length + piece.Length > MaxSegmentLength)
            {
                encoded.Add(current.ToString());
                current.Clear();
            }

            current.Append(piece);
        }

        encoded.Add(current.ToString());
        return encoded.Count == 1
            ? [$"{name}*={encoded[0]}"]
            : [.. encoded.Select((section, index) => $"{name}*{index}*={section}")];
    }

    private static string PercentEncode(Rune rune, Span<byte> buffer)
    {
        if (rune.IsAscii && IsAttributeChar((char)rune.Value))
        {
            return ((char)rune.Value).ToString();
        }

        var length = rune.EncodeToUtf8(buffer);
        var text = new StringBuilder(length * 3);
        foreach (var b in buffer[..length])
        {
            text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>RFC 2231 attribute-char: a token character other than '*', '\'' and '%'.</summary>
    private static bool IsAttributeChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$&+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
