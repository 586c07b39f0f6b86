using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines;

/// <summary>
/// The company calendar as a settings document (docs/procedure.md §8), with the holiday on-duty roster: who receives
/// urgent escalations on days without working time.
/// </summary>
internal sealed record CalendarSettings : ISettingsSection<CalendarSettings>
{
    public static string SectionName => "calendar";

    public static CalendarSettings Default { get; } = new();

    public CompanyCalendar Calendar { get; init; } = CompanyCalendar.Default;

    public IReadOnlyList<OnDutyAssignment> OnDuty { get; init; } = [];

    /// <summary>The staff member on duty on <paramref name="date"/>, if the roster names one.</summary>
    public string? OnDutyOn(DateOnly date) => OnDuty.FirstOrDefault(d => date >= d.From && date <= d.To)?.StaffId;

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

        return problems;
    }
}

/// <summary>One stretch of the holiday roster (节假日值班).</summary>
internal sealed record OnDutyAssignment(DateOnly From, DateOnly To, string StaffId);
