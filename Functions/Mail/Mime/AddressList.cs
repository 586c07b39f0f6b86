using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>Reads an address-list header (From, To, Cc, Reply-To) into addressees with decoded display names.</summary>
internal static class AddressList
{
    public static List<MailAddressee> Parse(string? header)
    {
        var result = new List<MailAddressee>();
        if (string.IsNullOrWhiteSpace(header))
        {
            return result;
        }

        foreach (var item in SplitTopLevel(header))
        {
            var text = item.Trim();

            // A group ("Team: a@x, b@y;") keeps only its members.
            var colon = IndexOutsideQuotes(text, ':');
            if (colon >= 0 && IndexOutsideQuotes(text, '<') is var angle && (angle < 0 || colon < angle))
            {
                text = text[(colon + 1)..].TrimEnd(';').Trim();
            }

            if (text.Length == 0)
            {
                continue;
            }

            var open = text.LastIndexOf('<');
            var close = text.LastIndexOf('>');
            if (open >= 0 && close > open)
            {
                var address = text[(open + 1)..close].Trim();
                var name = DecodePhrase(text[..open].Trim());
                result.Add(new MailAddressee(address, name.Length == 0 ? null : name));
            }
            else
            {
                result.Add(new MailAddressee(StripComments(text).Trim(), null));
            }
        }

        return result;
    }

    /// <summary>
    /// A display name (already trimmed of the whitespace around it): quoted strings unquoted, encoded-words
    /// decoded (also inside quotes, as many programs write them); spaces inside quotes or words are kept.
    /// </summary>
    private static string DecodePhrase(string phrase)
    {
        var text = new StringBuilder(phrase.Length);
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (c == '"')
            {
                var end = i + 1;
                var quoted = new StringBuilder();
                while (end < phrase.Length && phrase[end] != '"')
                {
                    if (phrase[end] == '\\' && end + 1 < phrase.Length)
                    {
                        end++;
                    }

                    quoted.Append(phrase[end]);
                    end++;
                }

                text.Append(quoted);
                i = end;
                continue;
            }

            text.Append(c);
        }

        return EncodedWords.Decode(text.ToString());
    }

    private static string StripComments(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? text : text[..open];
    }

    private static List<string> SplitTopLevel(string header)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var angle = 0;
        var comment = 0;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (quoted && c == '\\' && i + 1 < header.Length)
            {
                current.Append(c).Append(header[++i]);
                continue;
            }

            switch (c)
            {
                case '"' when comment == 0:
                    quoted = !quoted;
                    break;
                case '<' when !quoted && comment == 0:
                    angle++;
                    break;
                case '>' when !quoted && comment == 0 && angle > 0:
                    angle--;
                    break;
                case '(' when !quoted:
                    comment++;
                    break;
                case ')' when !quoted && comment > 0:
                    comment--;
                    break;
                case ',' when !quoted && angle == 0 && comment == 0:
                    items.Add(current.ToString());
                    current.Clear();
                    continue;
            }

            current.Append(c);
        }

        items.Add(current.ToString());
        return items;
    }

    private static int IndexOutsideQuotes(string text, char wanted)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }
}
