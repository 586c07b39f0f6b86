using System.Globalization;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines;

/// <summary>
/// What the public form says about working hours: the week in the reader's language ("Mon–Fri 08:30–12:00,
/// 13:00–17:30 (UTC+08:00)"), the first-response promise, and, outside working hours, when someone will look.
/// </summary>
internal sealed class WorkingHoursDescription(CompanyCalendarSource calendars, SettingsStore settings, CompanyTime time) : IWorkingHoursDescriber
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public async Task<WorkingHoursFacts> DescribeAsync(Localizer l, CancellationToken cancellationToken)
    {
        var calculator = await calendars.CalculatorAsync(cancellationToken);
        var calendar = calculator.Calendar;
        var rules = (await settings.GetAsync<SlaPolicy>(cancellationToken)).Rules;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZoneId);
        var now = time.Now;
        var budget = WorkingDuration.Parse(rules.FirstResponse);

        // Counted in elapsed hours, the person on duty answers at night and on days off (docs/procedure.md §3, §14.3).
        if (rules.FirstResponseElapsed)
        {
            return new WorkingHoursFacts(Describe(calendar, zone, now, l), (TimeSpan.FromDays(budget.Days) + budget.Time).TotalHours, null, FirstResponseElapsed: true);
        }

        var next = calculator.IsWorkingTime(now) ? null : l.Date(calculator.NextWorkingMoment(now), zone);
        return new WorkingHoursFacts(Describe(calendar, zone, now, l), budget.In(calendar).TotalHours, next);
    }

    internal static string Describe(CompanyCalendar calendar, TimeZoneInfo zone, DateTimeOffset now, Localizer l)
    {
        var names = l.Culture.DateTimeFormat;
        var groups = new List<(DayOfWeek First, DayOfWeek Last, string Hours)>();
        foreach (var day in Week)
        {
            var hours = string.Join(l.IsChinese ? "、" : ", ", calendar.HoursOn(day).Select(i => i.ToString()));
            if (hours.Length == 0)
            {
                continue;
            }

            if (groups.Count > 0 && groups[^1].Hours == hours && Next(groups[^1].Last) == day)
            {
                groups[^1] = (groups[^1].First, day, hours);
            }
            else
            {
                groups.Add((day, day, hours));
            }
        }

        var days = groups.Select(g => (g.First == g.Last ? Name(g.First) : $"{Name(g.First)}–{Name(g.Last)}") + " " + g.Hours);
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var utc = string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{offset.Duration():hh\\:mm}");
        return string.Join(l.IsChinese ? "；" : "; ", days) + (l.IsChinese ? $"（{utc}）" : $" ({utc})");

        string Name(DayOfWeek day) => names.GetAbbreviatedDayName(day);
    }

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);
}
