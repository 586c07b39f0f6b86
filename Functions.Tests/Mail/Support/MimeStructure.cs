using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// Checks the raw form of a message without the product's own parser: CRLF everywhere, short header
/// lines, well-formed header names, base64 lines of at most 76 characters, and balanced delimiters.
/// </summary>
internal static partial class MimeStructure
{
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
        var lines = text.Split("\r\n");
        var inHeaders = true;
        foreach (var line in lines)
        {
            if (inHeaders && line.Length == 0)
            {
                inHeaders = false;
                continue;
            }

            if (inHeaders)
            {
                Assert.True(line.Length <= 78, $"Header line longer than 78: {line}");
                Assert.True(line.StartsWith(' ') || HeaderStart().IsMatch(line), $"Not a header line: {line}");
            }
            else if (line.StartsWith("Content-", StringComparison.Ordinal) || line.StartsWith(' '))
            {
                Assert.True(line.Length <= 78, $"Part header line longer than 78: {line}");
            }
            else if (line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal))
            {
                Assert.True(line.Length <= 76 && Base64Line().IsMatch(line), $"Not a base64 body line: {line}");
            }
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
    public static List<string> TopLevelHeaderNames(byte[] message)
    {
        var text = Encoding.ASCII.GetString(message);
        var headerBlock = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        return headerBlock.Split("\r\n")
            .Where(line => !line.StartsWith(' ') && !line.StartsWith('\t'))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToList();
    }

    /// <summary>Every header name anywhere in the message, parts included.</summary>
    public static List<string> AllHeaderNames(byte[] message) =>
        Encoding.ASCII.GetString(message).Split("\r\n")
            .Select(line => HeaderStart().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Value.TrimEnd(':'))
            .ToList();

    [GeneratedRegex(@"^[!-9;-~]+:")]
    private static partial Regex HeaderStart();

    [GeneratedRegex(@"^[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex Base64Line();

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryParameter();
}
