using System.Globalization;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>The two date spellings a PDF needs: <c>D:YYYYMMDDHHmmSS+HH'mm'</c> for the Info dictionary and ISO 8601 for XMP.</summary>
internal static class PdfDate
{
    public static string InfoDate(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{value:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }

    public static string XmpDate(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
