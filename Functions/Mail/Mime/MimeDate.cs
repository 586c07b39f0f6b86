using System.Globalization;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>RFC 5322 §3.3 dates: written in UTC as <c>Mon, 02 Mar 2026 01:00:00 +0000</c>, read in the common variants.</summary>
internal static class MimeDate
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Drop a trailing comment such as "(UTC)" and an optional day name.
        var comment = text.IndexOf('(', StringComparison.Ordinal);
        var value = (comment >= 0 ? text[..comment] : text).Trim();
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            value = value[(comma + 1)..].Trim();
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = parts.Length < 4 ? -1 : Array.FindIndex(Months, m => m.Equals(parts[1], StringComparison.OrdinalIgnoreCase));
        if (month < 0
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !TimeSpan.TryParseExact(parts[3], ["hh\\:mm\\:ss", "hh\\:mm"], CultureInfo.InvariantCulture, out var time))
        {
            return null;
        }

        if (year < 100)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var offset = parts.Length > 4 ? ParseZone(parts[4]) : TimeSpan.Zero;
        try
        {
            return new DateTimeOffset(year, month + 1, day, 0, 0, 0, offset ?? TimeSpan.Zero).Add(time);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (zone.Length == 5 && zone[0] is '+' or '-'
            && int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        // Obsolete zone names (RFC 5322 §4.3); anything unknown counts as UTC.
        return zone.ToUpperInvariant() switch
        {
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => TimeSpan.Zero,
        };
    }
}
