using System.Buffers;
using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>
/// RFC 2047 encoded-words (<c>=?UTF-8?B?...?=</c>). Encoding splits only between whole characters, so
/// every word decodes to valid UTF-8 on its own; decoding joins adjacent words before turning bytes into
/// text, so it also copes with senders that split a character across two words.
/// </summary>
internal static class EncodedWords
{
    /// <summary>RFC 2047 §2: an encoded-word is at most 75 characters.</summary>
    public const int MaxWordLength = 75;

    private const string Prefix = "=?UTF-8?B?";
    private const string Suffix = "?=";
    private const int Overhead = 12;

    /// <summary>The shortest budget that still fits one character of any length (four UTF-8 bytes).</summary>
    public const int MinWordLength = Overhead + 8;

    /// <summary>
    /// Encodes <paramref name="text"/> as B-encoded UTF-8 words; the first is at most
    /// <paramref name="firstMaxLength"/> characters, the others at most <paramref name="restMaxLength"/>.
    /// </summary>
    public static List<string> Encode(string text, int firstMaxLength = MaxWordLength, int restMaxLength = MaxWordLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstMaxLength, MinWordLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(restMaxLength, MinWordLength);
        var words = new List<string>();
        var pending = new ArrayBufferWriter<byte>(64);
        var maxBytes = MaxBytesFor(Math.Min(firstMaxLength, MaxWordLength));
        Span<byte> runeBytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(runeBytes);
            if (pending.WrittenCount + length > maxBytes)
            {
                words.Add(Word(pending.WrittenSpan));
                pending.Clear();
                maxBytes = MaxBytesFor(Math.Min(restMaxLength, MaxWordLength));
            }

            pending.Write(runeBytes[..length]);
        }

        if (pending.WrittenCount > 0 || words.Count == 0)
        {
            words.Add(Word(pending.WrittenSpan));
        }

        return words;
    }

    /// <summary>
    /// Decodes every encoded-word in an unstructured header value; whitespace between two adjacent encoded
    /// words is dropped (RFC 2047 §6.2), any other text is kept as it is.
    /// </summary>
    public static string Decode(string value)
    {
        if (!value.Contains("=?", StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var pendingBytes = new List<byte>();
        Encoding? pendingEncoding = null;
        var position = 0;
        var gapStart = 0;
        while (position < value.Length)
        {
            var start = value.IndexOf("=?", position, StringComparison.Ordinal);
            if (start < 0 || !TryReadWord(value, start, out var end, out var encoding, out var bytes))
            {
                if (start < 0)
                {
                    break;
                }

                position = start + 2;
                continue;
            }

            var gap = value.AsSpan(gapStart, start - gapStart);
            var adjacent = pendingEncoding is not null && gap.IsWhiteSpace();
            if (!adjacent || pendingEncoding!.CodePage != encoding.CodePage)
            {
                Flush(result, pendingBytes, ref pendingEncoding);
                if (!adjacent)
                {
                    result.Append(gap);
                }
            }

            pendingEncoding = encoding;
            pendingBytes.AddRange(bytes);
            position = end;
            gapStart = end;
        }

        Flush(result, pendingBytes, ref pendingEncoding);
        result.Append(value.AsSpan(gapStart));
        return result.ToString();
    }

    private static void Flush(StringBuilder result, List<byte> bytes, ref Encoding? encoding)
    {
        if (encoding is not null)
        {
            result.Append(encoding.GetString([.. bytes]));
        }

        bytes.Clear();
        encoding = null;
    }

    private static bool TryReadWord(string value, int start, out int end, out Encoding encoding, out byte[] bytes)
    {
        end = 0;
        encoding = Encoding.UTF8;
        bytes = [];
        var charsetEnd = value.IndexOf('?', start + 2);
        if (charsetEnd < 0 || charsetEnd + 2 >= value.Length || value[charsetEnd + 2] != '?')
        {
            return false;
        }

        var textStart = charsetEnd + 3;
        var textEnd = value.IndexOf("?=", textStart, StringComparison.Ordinal);
        if (textEnd < 0)
        {
            return false;
        }

        var charset = value[(start + 2)..charsetEnd];
        var text = value[textStart..textEnd];
        if (text.Any(char.IsWhiteSpace) || charset.Any(char.IsWhiteSpace))
        {
            return false;
        }

        // RFC 2231 §5 allows a language after the charset: "UTF-8*zh-Hans".
        var star = charset.IndexOf('*', StringComparison.Ordinal);
        var found = MimeCharsets.Find(star < 0 ? charset : charset[..star]);
        if (found is null)
        {
            return false;
        }

        var decoded = char.ToUpperInvariant(value[charsetEnd + 1]) switch
        {
            'B' => TransferEncodings.DecodeBase64(text),
            'Q' => TransferEncodings.DecodeQuotedPrintable(text.Replace('_', ' '), isHeader: true),
            _ => null,
        };
        if (decoded is null)
        {
            return false;
        }

        encoding = found;
        bytes = decoded;
        end = textEnd + 2;
        return true;
    }

    private static string Word(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToBase64String(bytes) + Suffix;

    private static int MaxBytesFor(int wordLength) => (wordLength - Overhead) / 4 * 3;
}
