using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines;

/// <summary>
/// The company calendar as a settings document (docs/procedure.md §8), with the on-duty roster (dated stretches, and a
/// weekly rota): who is told of new complaints and chased outside working hours (docs/procedure.md §14.3).
/// </summary>
internal sealed record CalendarSettings : ISettingsSection<CalendarSettings>
{
    public static string SectionName => "calendar";

    public static CalendarSettings Default { get; } = new();

    public CompanyCalendar Calendar { get; init; } = CompanyCalendar.Default;

    public IReadOnlyList<OnDutyAssignment> OnDuty { get; init; } = [];

    /// <summary>The standing rota by day of the week (e.g. Saturday → one person): covers the days and nights the dated roster leaves open.</summary>
    public IReadOnlyList<WeeklyDuty> WeeklyOnDuty { get; init; } = [];

    /// <summary>The staff member on duty on <paramref name="date"/> (its night included), if the roster or the weekly rota names one.</summary>
    public string? OnDutyOn(DateOnly date) =>
        OnDuty.FirstOrDefault(d => date >= d.From && date <= d.To)?.StaffId ?? WeeklyOnDuty.FirstOrDefault(d => d.Day == date.DayOfWeek)?.StaffId;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        var calendar = Calendar.Validate();
        if (calendar.Count > 0)
        {
            problems["calendar"] = [.. calendar];
        }

        var roster = OnDuty
            .Select((d, i) => d.To < d.From ? $"onDuty[{i}]: the last day is before the first." : string.IsNullOrWhiteSpace(d.StaffId) ? $"onDuty[{i}]: name the person on duty." : null)
            .OfType<string>()
            .ToArray();
        if (roster.Length > 0)
        {
            problems["onDuty"] = roster;
        }

        var weekly = WeeklyOnDuty
            .Select((d, i) => !Enum.IsDefined(d.Day) ? $"weeklyOnDuty[{i}]: not a day of the week." : string.IsNullOrWhiteSpace(d.StaffId) ? $"weeklyOnDuty[{i}]: name the person on duty." : null)
            .OfType<string>()
            .Concat(WeeklyOnDuty.GroupBy(d => d.Day).Where(g => g.Count() > 1).Select(g => $"weeklyOnDuty: {g.Key} is named more than once."))
            .ToArray();
        if (weekly.Length > 0)
        {
            problems["weeklyOnDuty"] = weekly;
        }

        return problems;
    }
}

/// <summary>One stretch of the holiday roster (节假日值班).</summary>
internal sealed record OnDutyAssignment(DateOnly From, DateOnly To, string StaffId);

/// <summary>One day of the weekly on-duty rota: whoever answers on that weekday outside working hours.</summary>
internal sealed record WeeklyDuty(DayOfWeek Day, string StaffId);
