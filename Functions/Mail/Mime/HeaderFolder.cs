using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// Writes one header field as words separated by folding whitespace, breaking lines before a word that
/// would pass 76 characters. Every word is checked: nothing with a CR, LF or other control character
/// (or any non-ASCII) can reach the output, whatever the caller passes, so no field can start a new header.
/// </summary>
internal sealed class HeaderFolder
{
    public const int LineLimit = 76;

    /// <summary>Longest plain word written as is; longer text is encoded so lines stay short.</summary>
    private const int MaxPlainWord = 60;

    private readonly StringBuilder _output;
    private int _lineLength;
    private bool _hasWord;

    public HeaderFolder(StringBuilder output, string name)
    {
        _output = output;
        RequireSafe(name);
        _output.Append(name).Append(':');
        _lineLength = name.Length + 1;
    }

    /// <summary>Ends the field with CRLF.</summary>
    public void End() => _output.Append("\r\n");

    public void AppendWord(string word)
    {
        RequireSafe(word);
        if (word.Length == 0)
        {
            return;
        }

        if (_hasWord && _lineLength + 1 + word.Length > LineLimit)
        {
            _output.Append("\r\n ");
            _lineLength = 1;
        }
        else
        {
            _output.Append(' ');
            _lineLength++;
        }

        _output.Append(word);
        _lineLength += word.Length;
        _hasWord = true;
    }

    /// <summary>Appends a character to the last word (a list comma or a parameter semicolon).</summary>
    public void AppendToLastWord(char separator)
    {
        RequireSafe(separator.ToString());
        _output.Append(separator);
        _lineLength++;
    }

    /// <summary>Unstructured text (a subject): plain words when that is exact and short, encoded-words otherwise.</summary>
    public void AppendText(string text)
    {
        if (CanBePlain(text))
        {
            foreach (var word in text.Split(' '))
            {
                AppendWord(word);
            }
        }
        else
        {
            AppendEncoded(text);
        }
    }

    /// <summary>A display name: atoms, else one quoted string, else encoded-words (RFC 5322 §3.2.5, RFC 2047 §5(3)).</summary>
    public void AppendPhrase(string displayName)
    {
        if (CanBePlain(displayName) && displayName.All(c => c == ' ' || IsAtext(c)))
        {
            AppendText(displayName);
        }
        else if (displayName.Length <= MaxPlainWord && displayName.All(c => c is >= ' ' and <= '~') && !displayName.Contains("=?", StringComparison.Ordinal))
        {
            AppendWord(Quote(displayName));
        }
        else
        {
            AppendEncoded(displayName);
        }
    }

    public void AppendAddressList(IReadOnlyList<MailAddressee> addressees)
    {
        for (var i = 0; i < addressees.Count; i++)
        {
            var addressee = addressees[i];
            var hasName = !string.IsNullOrEmpty(addressee.DisplayName);
            if (hasName)
            {
                AppendPhrase(addressee.DisplayName!);
            }

            AppendWord(hasName ? $"<{addressee.Address}>" : addressee.Address);
            if (i < addressees.Count - 1)
            {
                AppendToLastWord(',');
            }
        }
    }

    /// <summary>One parameter segment (<c>name=value</c>) after a semicolon; each segment is already short.</summary>
    public void AppendParameter(string segment)
    {
        AppendToLastWord(';');
        AppendWord(segment);
    }

    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Printable ASCII whose single spaces survive folding and unfolding unchanged, with no word long
    /// enough to force an over-long line and nothing that a reader could take for an encoded-word.
    /// </summary>
    public static bool CanBePlain(string text) =>
        text.Length > 0
        && text.All(c => c is >= ' ' and <= '~')
        && !text.StartsWith(' ')
        && !text.EndsWith(' ')
        && !text.Contains("  ", StringComparison.Ordinal)
        && !text.Contains("=?", StringComparison.Ordinal)
        && text.Split(' ').All(word => word.Length <= MaxPlainWord);

    private void AppendEncoded(string text)
    {
        var room = LineLimit - _lineLength - 1;
        var first = !_hasWord || room >= EncodedWords.MinWordLength
            ? Math.Clamp(room, EncodedWords.MinWordLength, EncodedWords.MaxWordLength)
            : EncodedWords.MaxWordLength;
        foreach (var word in EncodedWords.Encode(text, first, EncodedWords.MaxWordLength))
        {
            AppendWord(word);
        }
    }

    private static bool IsAtext(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal);

    private static void RequireSafe(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException("A header word may hold only printable ASCII; encode the value instead.", nameof(text));
            }
        }
    }
}
