using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// A structured header such as Content-Type or Content-Disposition: the leading value and its parameters,
/// with quoted strings, RFC 2231 (charset, sections) and encoded-word fallbacks all decoded.
/// </summary>
internal sealed class HeaderValue
{
    private readonly Dictionary<string, string> _parameters;

    private HeaderValue(string value, Dictionary<string, string> parameters)
    {
        Value = value;
        _parameters = parameters;
    }

    /// <summary>The part before the first ';', lower-cased (for example <c>multipart/mixed</c>).</summary>
    public string Value { get; }

    public string? Parameter(string name) => _parameters.GetValueOrDefault(name);

    public static HeaderValue Parse(string header)
    {
        var pieces = SplitOutsideQuotes(header);
        var value = pieces.Count > 0 ? pieces[0].Trim().ToLowerInvariant() : string.Empty;
        var simple = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var extended = new Dictionary<string, SortedDictionary<int, (string Text, bool Encoded)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = piece[..equals].Trim();
            var raw = Unquote(piece[(equals + 1)..].Trim());
            var star = name.IndexOf('*', StringComparison.Ordinal);
            if (star < 0)
            {
                simple.TryAdd(name, raw);
                continue;
            }

            // name*=..., name*0=..., name*0*=..., name*1*=...
            var baseName = name[..star];
            var suffix = name[(star + 1)..];
            var encoded = suffix.EndsWith('*') || suffix.Length == 0;
            var sectionText = suffix.TrimEnd('*');
            var section = sectionText.Length == 0 ? 0 : int.TryParse(sectionText, out var number) ? number : -1;
            if (section < 0)
            {
                continue;
            }

            if (!extended.TryGetValue(baseName, out var sections))
            {
                extended[baseName] = sections = [];
            }

            sections.TryAdd(section, (raw, encoded));
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, raw) in simple)
        {
            parameters[name] = EncodedWords.Decode(raw);
        }

        foreach (var (name, sections) in extended)
        {
            parameters[name] = JoinSections(sections);
        }

        return new HeaderValue(value, parameters);
    }

    private static string JoinSections(SortedDictionary<int, (string Text, bool Encoded)> sections)
    {
        string? charset = null;
        var bytes = new List<byte>();
        var first = true;
        foreach (var (text, encoded) in sections.Values)
        {
            var part = text;
            if (first && encoded)
            {
                // charset'language'value
                var firstQuote = part.IndexOf('\'', StringComparison.Ordinal);
                var secondQuote = firstQuote < 0 ? -1 : part.IndexOf('\'', firstQuote + 1);
                if (secondQuote > 0)
                {
                    charset = part[..firstQuote];
                    part = part[(secondQuote + 1)..];
                }
            }

            first = false;
            bytes.AddRange(encoded ? PercentDecode(part) : Encoding.UTF8.GetBytes(part));
        }

        return MimeCharsets.GetString([.. bytes], charset);
    }

    private static byte[] PercentDecode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>Splits at ';' that are not inside a quoted string.</summary>
    private static List<string> SplitOutsideQuotes(string header)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (quoted && c == '\\' && i + 1 < header.Length)
            {
                current.Append(c).Append(header[++i]);
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ';' && !quoted)
            {
                pieces.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>Removes surrounding quotes and backslash escapes.</summary>
    public static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1)
            {
                i++;
            }

            result.Append(value[i]);
        }

        return result.ToString();
    }
}
