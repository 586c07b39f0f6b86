using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// Checks the raw form of a message without any MIME parser: 7-bit ASCII, CRLF everywhere, lines within
/// RFC 5322's 998 octets, well-formed header names, and balanced multipart delimiters.
/// </summary>
internal static partial class MimeStructure
{
    public const int MaxLineOctets = 998;

    public static void AssertWellFormed(byte[] message)
    {
        var text = Encoding.ASCII.GetString(message);
        Assert.All(message, b => Assert.True(b < 0x80, "The message must be 7-bit."));
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Assert.True(i > 0 && text[i - 1] == '\r', $"Bare LF at {i}.");
            }
            else if (text[i] == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"Bare CR at {i}.");
            }
        }

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split("\r\n"), line => line.Length > MaxLineOctets);
        foreach (var line in HeaderBlock(text).Split("\r\n"))
        {
            Assert.True(line.StartsWith(' ') || line.StartsWith('\t') || HeaderStart().IsMatch(line), $"Not a header line: {line}");
        }

        foreach (Match declared in BoundaryParameter().Matches(text))
        {
            var boundary = declared.Groups[1].Value;
            var opening = Regex.Matches(text, "\r\n--" + Regex.Escape(boundary) + "\r\n").Count;
            var closing = Regex.Matches(text, "\r\n--" + Regex.Escape(boundary) + "--\r\n").Count;
            Assert.True(opening >= 1, $"No part for boundary {boundary}.");
            Assert.Equal(1, closing);
        }
    }

    /// <summary>The names of the top-level header fields, in order.</summary>
    public static List<string> TopLevelHeaderNames(byte[] message) =>
        HeaderBlock(Encoding.ASCII.GetString(message)).Split("\r\n")
            .Where(line => !line.StartsWith(' ') && !line.StartsWith('\t'))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToList();

    /// <summary>Every header name anywhere in the message, parts included.</summary>
    public static List<string> AllHeaderNames(byte[] message) =>
        Encoding.ASCII.GetString(message).Split("\r\n")
            .Select(line => HeaderStart().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Value.TrimEnd(':'))
            .ToList();

    /// <summary>The field with that name in the top-level header, continuation lines included.</summary>
    public static string Header(byte[] message, string name) =>
        Regex.Match(HeaderBlock(Encoding.ASCII.GetString(message)) + "\r\n", $"(?im)^{Regex.Escape(name)}:.*\r\n(?:[ \t].*\r\n)*").Value.TrimEnd();

    /// <summary>The message as text with its multipart boundaries, which are random, numbered in order of appearance.</summary>
    public static string WithoutBoundaries(byte[] message)
    {
        var text = Encoding.ASCII.GetString(message);
        var boundaries = BoundaryParameter().Matches(text).Select(m => m.Groups[1].Value).ToList();
        for (var i = 0; i < boundaries.Count; i++)
        {
            text = text.Replace(boundaries[i], $"boundary-{i}", StringComparison.Ordinal);
        }

        return text;
    }

    private static string HeaderBlock(string text) => text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

    [GeneratedRegex(@"^[!-9;-~]+:")]
    private static partial Regex HeaderStart();

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryParameter();
}
