namespace Serverless.Feedback.Intake;

/// <summary>Decides what a file is from its first bytes, never from its name or declared type.</summary>
internal static class FileSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>"image/jpeg", "image/png", "application/pdf", or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (content.StartsWith(Png))
        {
            return "image/png";
        }

        return content.StartsWith(Pdf) ? "application/pdf" : null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => ".pdf",
    };
}
