using System.Globalization;
using System.Text.RegularExpressions;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Deadlines.Sla;

/// <summary>
/// An amount of working time written as an ISO 8601 duration: <c>PT2H</c>, <c>PT30M</c>, <c>P1D</c>,
/// <c>P1DT4H</c>. A day is one standard working day of the calendar (the hours of its Monday), so
/// "one working day before the deadline" stays right when the working hours change.
/// </summary>
internal readonly partial record struct WorkingDuration(int Days, TimeSpan Time)
{
    public static bool TryParse(string? text, out WorkingDuration value)
    {
        value = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 1)
        {
            return false;
        }

        static int Part(Match m, string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        value = new WorkingDuration(Part(match, "d"), new TimeSpan(Part(match, "h"), Part(match, "m"), 0));
        return value.Days <= 366 && value.Time < TimeSpan.FromDays(30);
    }

    public static WorkingDuration Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a working-time duration such as PT2H, P1D or P1DT4H.");

    /// <summary>The working time this stands for in <paramref name="calendar"/>.</summary>
    public TimeSpan In(CompanyCalendar calendar) => (Days * StandardDay(calendar)) + Time;

    public static TimeSpan StandardDay(CompanyCalendar calendar)
    {
        var monday = calendar.HoursOn(DayOfWeek.Monday);
        var day = monday.Count > 0 ? monday : Enum.GetValues<DayOfWeek>().Select(calendar.HoursOn).FirstOrDefault(h => h.Count > 0) ?? [];
        var total = day.Aggregate(TimeSpan.Zero, (sum, i) => sum + (i.End.ToTimeSpan() - i.Start.ToTimeSpan()));
        return total > TimeSpan.Zero ? total : TimeSpan.FromHours(8);
    }

    [GeneratedRegex(@"^P(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
