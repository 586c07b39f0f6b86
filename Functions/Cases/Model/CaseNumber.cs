using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Feedback.Cases.Model;

/// <summary>Case numbers: <c>FB-YYYYMM-NNNN</c> — month of receipt in the company time zone, running number within it.</summary>
internal static partial class CaseNumber
{
    public static string Format(string month, int sequence) =>
        $"FB-{month}-{sequence.ToString("D4", CultureInfo.InvariantCulture)}";

    public static string MonthOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyyMM", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out string month, out int sequence)
    {
        month = "";
        sequence = 0;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        month = match.Groups["month"].Value;
        sequence = int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        var monthNumber = int.Parse(month.AsSpan(4), CultureInfo.InvariantCulture);
        return monthNumber is >= 1 and <= 12 && sequence > 0;
    }

    [GeneratedRegex(@"^FB-(?<month>\d{6})-(?<seq>\d{4,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
