using System.Text;

namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>RFC 5545 §3.1: unfolding and splitting content lines into name, parameters and value.</summary>
internal static class IcsContentLines
{
    /// <summary>Logical lines with the number of the physical line each starts on; CRLF, LF or CR end a line.</summary>
    public static List<(int Line, string Text)> Unfold(string text) => Unfold(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Unfolds UTF-8 bytes before decoding, because a fold may split a multi-byte character (RFC 5545 folds at
    /// octets, and Chinese text is three octets a character).
    /// </summary>
    public static List<(int Line, string Text)> Unfold(ReadOnlySpan<byte> utf8)
    {
        var bytes = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var result = new List<(int Line, string Text)>();
        var logical = new List<byte>();
        var startLine = 0;
        for (var lineNumber = 1; !bytes.IsEmpty; lineNumber++)
        {
            var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            if (line.Length > 0 && (line[0] == (byte)' ' || line[0] == (byte)'\t') && startLine > 0)
            {
                logical.AddRange(line[1..]);
            }
            else
            {
                if (startLine > 0)
                {
                    result.Add((startLine, Encoding.UTF8.GetString([.. logical])));
                }

                logical.Clear();
                logical.AddRange(line);
                startLine = lineNumber;
            }

            bytes = end < 0 ? [] : bytes[SkipLineEnd(bytes, end)..];
        }

        if (startLine > 0)
        {
            result.Add((startLine, Encoding.UTF8.GetString([.. logical])));
        }

        return result;
    }

    /// <summary>Splits a logical line; null when it has no name or no colon.</summary>
    public static IcsProperty? Parse(int line, string text)
    {
        var nameEnd = text.IndexOfAny([';', ':']);
        if (nameEnd <= 0)
        {
            return null;
        }

        var name = text[..nameEnd].Trim().ToUpperInvariant();
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = nameEnd;
        while (position < text.Length && text[position] == ';')
        {
            var equals = text.IndexOf('=', position + 1);
            if (equals < 0)
            {
                return null;
            }

            var parameterName = text[(position + 1)..equals].Trim();
            position = ReadParameterValue(text, equals + 1, out var value);
            parameters[parameterName] = value;
        }

        return position < text.Length && text[position] == ':'
            ? new IcsProperty(line, name, parameters, text[(position + 1)..])
            : null;
    }

    /// <summary>Reads up to the next unquoted ';' or ':'; quotes are removed, commas between values kept.</summary>
    private static int ReadParameterValue(string text, int position, out string value)
    {
        var builder = new StringBuilder();
        var quoted = false;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == ';' || c == ':'))
            {
                break;
            }
            else
            {
                builder.Append(c);
            }
        }

        value = builder.ToString();
        return position;
    }

    private static int SkipLineEnd(ReadOnlySpan<byte> bytes, int end) =>
        bytes[end] == (byte)'\r' && end + 1 < bytes.Length && bytes[end + 1] == (byte)'\n' ? end + 2 : end + 1;
}
