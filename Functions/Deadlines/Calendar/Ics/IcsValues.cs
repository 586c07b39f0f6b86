using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>RFC 5545 value types the importer reads: TEXT, DATE, DATE-TIME and DURATION.</summary>
internal static partial class IcsValues
{
    /// <summary>Undoes TEXT escaping: <c>\\</c>, <c>\;</c>, <c>\,</c> and <c>\n</c> or <c>\N</c>.</summary>
    public static string UnescapeText(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits a TEXT list on unescaped commas, then unescapes each item; empty items are dropped.</summary>
    public static IEnumerable<string> SplitTextList(string value)
    {
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] == '\\')
            {
                i++;
                continue;
            }

            if (i == value.Length || value[i] == ',')
            {
                var item = UnescapeText(value[start..i]).Trim();
                if (item.Length > 0)
                {
                    yield return item;
                }

                start = i + 1;
            }
        }
    }

    /// <summary>A DATE (<c>20260214</c>) or DATE-TIME (<c>20260214T090000</c>, optionally ending in Z).</summary>
    public static IcsMoment? ParseMoment(IcsProperty property)
    {
        var value = property.Value.Trim();
        var isDate = string.Equals(property.Parameter("VALUE"), "DATE", StringComparison.OrdinalIgnoreCase) || value.Length == 8;
        if (isDate)
        {
            return DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new IcsMoment(date, IsDate: true, IsUtc: false, property.Parameter("TZID"))
                : null;
        }

        var isUtc = value.EndsWith('Z') || value.EndsWith('z');
        return DateTime.TryParseExact(isUtc ? value[..^1] : value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? new IcsMoment(moment, IsDate: false, isUtc, isUtc ? null : property.Parameter("TZID"))
            : null;
    }

    /// <summary>A non-negative DURATION such as <c>P1D</c>, <c>P2W</c> or <c>PT8H30M</c>.</summary>
    public static TimeSpan? ParseDuration(string value)
    {
        var match = DurationPattern().Match(value.Trim());
        if (!match.Success || match.Groups["sign"].Value == "-")
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return new TimeSpan((Part("w") * 7) + Part("d"), Part("h"), Part("m"), Part("s"));
    }

    [GeneratedRegex(@"^(?<sign>[+-])?P(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?(?:T(?:(?<h>\d{1,5})H)?(?:(?<m>\d{1,5})M)?(?:(?<s>\d{1,6})S)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();
}

/// <summary>A parsed DTSTART or DTEND: a date, a UTC time, a time in <see cref="ZoneId"/>, or a floating time.</summary>
internal readonly record struct IcsMoment(DateTime Value, bool IsDate, bool IsUtc, string? ZoneId);
