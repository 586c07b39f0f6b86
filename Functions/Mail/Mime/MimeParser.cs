using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// Reads a MIME message into <see cref="MimeEntity"/> trees. Lenient where real mail is sloppy: bare LF
/// line endings, missing closing delimiters, preamble and epilogue text, folded headers with tabs.
/// </summary>
internal static class MimeParser
{
    private const int MaxDepth = 20;

    public static MimeEntity Parse(ReadOnlyMemory<byte> message) => ParseEntity(message, 0);

    private static MimeEntity ParseEntity(ReadOnlyMemory<byte> data, int depth)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var span = data.Span;
        var position = 0;
        string? name = null;
        var value = new StringBuilder();
        while (position < span.Length)
        {
            var line = ReadLine(span, position, out position);
            if (line.IsEmpty)
            {
                break;
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                // Unfolding removes only the line break; the whitespace that began the line stays.
                value.Append(Encoding.UTF8.GetString(line));
                continue;
            }

            AddHeader(headers, name, value);
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                name = null;
                continue;
            }

            name = Encoding.ASCII.GetString(line[..colon]).Trim();
            value.Clear().Append(Encoding.UTF8.GetString(line[(colon + 1)..]));
        }

        AddHeader(headers, name, value);
        var body = data[Math.Min(position, data.Length)..];
        var entity = new MimeEntity(headers, body, []);
        if (!entity.IsMultipart || depth >= MaxDepth || entity.ContentType.Parameter("boundary") is not { Length: > 0 } boundary)
        {
            return entity;
        }

        var parts = SplitParts(body, boundary).Select(part => ParseEntity(part, depth + 1)).ToList();
        return new MimeEntity(headers, body, parts);
    }

    private static void AddHeader(List<KeyValuePair<string, string>> headers, string? name, StringBuilder value)
    {
        if (name is not null)
        {
            headers.Add(new(name, value.ToString().Trim()));
        }

        value.Clear();
    }

    /// <summary>
    /// Cuts a multipart body at its delimiter lines. The line break before a delimiter belongs to the
    /// delimiter (RFC 2046 §5.1.1), so a part's last line break is not part of its content.
    /// </summary>
    private static List<ReadOnlyMemory<byte>> SplitParts(ReadOnlyMemory<byte> body, string boundary)
    {
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<ReadOnlyMemory<byte>>();
        var span = body.Span;
        var position = 0;
        var partStart = -1;
        while (position < span.Length)
        {
            var lineStart = position;
            var line = ReadLine(span, position, out position);
            if (!line.StartsWith(delimiter))
            {
                continue;
            }

            var rest = line[delimiter.Length..];
            var closing = rest.StartsWith("--"u8);
            if (!(closing ? rest[2..] : rest).TrimEnd(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (partStart >= 0)
            {
                parts.Add(body[partStart..ContentEnd(span, partStart, lineStart)]);
            }

            if (closing)
            {
                return parts;
            }

            partStart = position;
        }

        // No closing delimiter: keep what came after the last one.
        if (partStart >= 0 && partStart < span.Length)
        {
            parts.Add(body[partStart..]);
        }

        return parts;
    }

    private static int ContentEnd(ReadOnlySpan<byte> span, int partStart, int delimiterLineStart)
    {
        var end = delimiterLineStart;
        if (end > partStart && span[end - 1] == (byte)'\n')
        {
            end--;
            if (end > partStart && span[end - 1] == (byte)'\r')
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>One line without its CRLF or LF; <paramref name="next"/> is where the following line starts.</summary>
    private static ReadOnlySpan<byte> ReadLine(ReadOnlySpan<byte> span, int start, out int next)
    {
        var newline = span[start..].IndexOf((byte)'\n');
        if (newline < 0)
        {
            next = span.Length;
            return span[start..];
        }

        next = start + newline + 1;
        var line = span.Slice(start, newline);
        return !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;
    }
}
