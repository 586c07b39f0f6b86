using System.Text;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>Maps a MIME charset label to an encoding, including legacy Chinese ones (GB2312, GBK, GB18030, Big5) a reply might use.</summary>
internal static class MimeCharsets
{
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        label = label.Trim().Trim('"');
        // ASCII is a subset of UTF-8; reading it as UTF-8 also rescues mislabelled 8-bit text.
        if (label.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || label.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            || label.Equals("ascii", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes text in the labelled charset, falling back to UTF-8 for a missing or unknown label.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes, string? label) => (Find(label) ?? Encoding.UTF8).GetString(bytes);
}
