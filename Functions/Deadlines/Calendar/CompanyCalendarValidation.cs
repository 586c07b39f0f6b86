using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

internal static class CompanyCalendarValidation
{
    public static IReadOnlyList<string> Validate(CompanyCalendar calendar)
    {
        var errors = new List<string>();
        ValidateZone(calendar.TimeZoneId, errors);
        ValidateWeek(calendar, errors);
        ValidateHolidays(calendar.Holidays ?? [], errors);
        ValidateMakeUpWorkdays(calendar, errors);
        return errors;
    }

    private static void ValidateZone(string? zoneId, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            errors.Add("TimeZoneId is required: an IANA time zone id such as Asia/Shanghai.");
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is null)
        {
            errors.Add($"TimeZoneId '{zoneId}' is not a known IANA time zone id (for example Asia/Shanghai or Europe/Berlin).");
        }
    }

    private static void ValidateWeek(CompanyCalendar calendar, List<string> errors)
    {
        var anyHours = false;
        foreach (var (day, intervals) in (calendar.WorkingHours ?? new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>()).OrderBy(d => d.Key))
        {
            if (!Enum.IsDefined(day))
            {
                errors.Add($"WorkingHours has an entry for '{day}', which is not a weekday.");
                continue;
            }

            ValidateIntervals(day.ToString(), intervals ?? [], errors);
            anyHours |= intervals is { Count: > 0 };
        }

        if (!anyHours)
        {
            errors.Add("The working week has no working hours: at least one weekday needs an interval.");
        }
    }

    /// <summary>Intervals must each be non-empty and follow one another without overlapping.</summary>
    internal static void ValidateIntervals(string owner, IReadOnlyList<WorkingInterval?> intervals, List<string> errors)
    {
        WorkingInterval? previous = null;
        foreach (var interval in intervals)
        {
            if (interval is null)
            {
                errors.Add($"{owner} has an empty working interval.");
                continue;
            }

            if (interval.End <= interval.Start)
            {
                errors.Add($"{owner} {interval}: the end must be later than the start on the same day.");
                continue;
            }

            if (previous is not null && interval.Start < previous.End)
            {
                errors.Add(interval.Start < previous.Start
                    ? $"{owner} {interval} must be listed before {previous}: intervals go in time order."
                    : $"{owner} {interval} overlaps {previous}.");
            }

            previous = interval;
        }
    }

    private static void ValidateHolidays(IReadOnlyList<PublicHoliday?> holidays, List<string> errors)
    {
        for (var i = 0; i < holidays.Count; i++)
        {
            var holiday = holidays[i];
            if (holiday is null)
            {
                errors.Add($"Holidays[{i}] is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(holiday.Name))
            {
                errors.Add($"The holiday starting {holiday.FirstDay:yyyy-MM-dd} needs a name.");
            }

            if (holiday.LastDay < holiday.FirstDay)
            {
                errors.Add($"Holiday '{holiday.Name}' ends on {holiday.LastDay:yyyy-MM-dd}, before it starts on {holiday.FirstDay:yyyy-MM-dd}.");
            }
        }
    }

    private static void ValidateMakeUpWorkdays(CompanyCalendar calendar, List<string> errors)
    {
        var seen = new HashSet<DateOnly>();
        var days = calendar.MakeUpWorkdays ?? [];
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            if (day is null)
            {
                errors.Add($"MakeUpWorkdays[{i}] is empty.");
                continue;
            }

            var owner = $"Make-up working day {day.Date:yyyy-MM-dd}";
            if (!seen.Add(day.Date))
            {
                errors.Add($"{owner} is listed more than once.");
            }

            if (string.IsNullOrWhiteSpace(day.Name))
            {
                errors.Add($"{owner} needs a name.");
            }

            var holiday = (calendar.Holidays ?? []).FirstOrDefault(h => h is not null && h.Covers(day.Date));
            if (holiday is not null)
            {
                errors.Add($"{owner} falls on holiday '{holiday.Name}'; a day cannot be both.");
            }

            if (day.HoursOf is { } hoursOf && !Enum.IsDefined(hoursOf))
            {
                errors.Add($"{owner} takes its hours from '{hoursOf}', which is not a weekday.");
                continue;
            }

            var hours = calendar.HoursOn(day);
            if (hours.Count == 0)
            {
                errors.Add(day.Intervals is null
                    ? $"{owner} has no working hours: {day.HoursOf ?? MakeUpWorkday.DefaultHoursOf} has none; give Intervals or HoursOf."
                    : $"{owner} has an empty list of Intervals.");
            }
            else if (day.Intervals is not null)
            {
                ValidateIntervals(owner, day.Intervals, errors);
            }
        }
    }
}
