using System.Globalization;

namespace Serverless.Feedback.Hosting.LocalRunner.Cron;

/// <summary>
/// One of the six NCRONTAB fields: its range, its names, and the parser for <c>*</c>, <c>a</c>, <c>a-b</c>,
/// <c>*/n</c>, <c>a-b/n</c>, <c>a/n</c> and comma lists of those.
/// </summary>
internal sealed class CronFieldSpec
{
    public static readonly CronFieldSpec Second = new("second", 0, 59, 59, []);
    public static readonly CronFieldSpec Minute = new("minute", 0, 59, 59, []);
    public static readonly CronFieldSpec Hour = new("hour", 0, 23, 23, []);
    public static readonly CronFieldSpec Day = new("day", 1, 31, 31, []);

    public static readonly CronFieldSpec Month = new("month", 1, 12, 12,
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

    /// <summary>0–6 from Sunday, and 7 for Sunday as well; <c>*</c> and <c>a/n</c> stop at 6 so Sunday is not doubled.</summary>
    public static readonly CronFieldSpec DayOfWeek = new("day-of-week", 0, 7, 6,
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);

    public static readonly IReadOnlyList<CronFieldSpec> All = [Second, Minute, Hour, Day, Month, DayOfWeek];

    private readonly int _min;
    private readonly int _max;
    private readonly int _openEndedMax;
    private readonly string[] _names;

    private CronFieldSpec(string name, int min, int max, int openEndedMax, string[] names)
    {
        Name = name;
        _min = min;
        _max = max;
        _openEndedMax = openEndedMax;
        _names = names;
    }

    public string Name { get; }

    public CronField? TryParse(string text, out string? problem)
    {
        problem = null;
        var bits = 0UL;
        foreach (var item in text.Split(','))
        {
            if (!TryParseItem(item, ref bits, out problem))
            {
                return null;
            }
        }

        // Day-of-week 7 is Sunday, like 0.
        if (this == DayOfWeek && (bits & (1UL << 7)) != 0)
        {
            bits = (bits & ~(1UL << 7)) | 1UL;
        }

        return new CronField(bits);
    }

    private bool TryParseItem(string item, ref ulong bits, out string? problem)
    {
        problem = null;
        if (item.Length == 0)
        {
            problem = "has an empty entry between commas";
            return false;
        }

        var step = 1;
        var range = item;
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            range = item[..slash];
            var stepText = item[(slash + 1)..];
            if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
            {
                problem = $"has step '/{stepText}'; a step must be a whole number of at least 1";
                return false;
            }
        }

        int first, last;
        if (range == "*")
        {
            (first, last) = (_min, _openEndedMax);
        }
        else
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            if (!TryParseValue(dash < 0 ? range : range[..dash], out first, out problem))
            {
                return false;
            }

            if (dash < 0)
            {
                last = slash >= 0 ? Math.Max(first, _openEndedMax) : first;
            }
            else if (!TryParseValue(range[(dash + 1)..], out last, out problem))
            {
                return false;
            }
            else if (last < first)
            {
                problem = $"has range '{range}' running backwards; write the smaller value first";
                return false;
            }
        }

        for (var value = first; value <= last; value += step)
        {
            bits |= 1UL << value;
        }

        return true;
    }

    private bool TryParseValue(string token, out int value, out string? problem)
    {
        problem = null;
        if (token.Length == 0)
        {
            value = 0;
            problem = "is missing a value before or after '-'";
            return false;
        }

        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            if (value >= _min && value <= _max)
            {
                return true;
            }
        }
        else if (token.All(char.IsAsciiDigit))
        {
            value = int.MaxValue;
        }
        else
        {
            var index = Array.FindIndex(_names, n =>
                (token.Length == 3 || token.Length == n.Length) && n.StartsWith(token, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = index + _min;
                return true;
            }

            problem = _names.Length == 0
                ? $"has '{token}', which is not a number"
                : $"has '{token}', which is not a number or a {Name} name ({_names[0][..3].ToUpperInvariant()}–{_names[^1][..3].ToUpperInvariant()})";
            return false;
        }

        problem = $"has {token}, out of range: values go from {_min} to {_max}";
        return false;
    }
}
