using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>The calendar days an event covers, in the company calendar's zone.</summary>
/// <remarks>
/// A DATE event covers DTSTART up to the day before DTEND (DTEND is exclusive), or one day without an end.
/// A DATE-TIME event covers every day it touches, read in the company's zone: a UTC time or one with a TZID
/// is converted, a floating time is taken as the company's wall clock.
/// </remarks>
internal static class IcsEventDates
{
    public static (DateOnly First, DateOnly Last)? Resolve(IcsEvent e, DateTimeZone calendarZone, out string? problem)
    {
        problem = null;
        if (e.Start is null)
        {
            problem = "the event has no DTSTART.";
            return null;
        }

        var start = ToCalendarTime(e.Start, calendarZone, out problem);
        if (start is null)
        {
            return null;
        }

        var end = start.Value;
        if (e.End is not null)
        {
            end = ToCalendarTime(e.End, calendarZone, out problem) ?? start.Value;
            if (problem is not null)
            {
                return null;
            }
        }
        else if (e.Duration is not null)
        {
            if (IcsValues.ParseDuration(e.Duration.Value) is not { } duration)
            {
                problem = $"DURATION '{e.Duration.Value}' is not a duration such as P1D or PT8H.";
                return null;
            }

            end = start.Value.PlusTicks(duration.Ticks);
        }

        if (end < start.Value)
        {
            problem = "DTEND is before DTSTART.";
            return null;
        }

        // The end is exclusive: an event ending at midnight does not touch that day.
        var last = end == start.Value ? end.Date : end.TimeOfDay == LocalTime.Midnight ? end.Date.PlusDays(-1) : end.Date;
        return (start.Value.Date.ToDateOnly(), last.ToDateOnly());
    }

    private static LocalDateTime? ToCalendarTime(IcsProperty property, DateTimeZone calendarZone, out string? problem)
    {
        problem = null;
        if (IcsValues.ParseMoment(property) is not { } moment)
        {
            problem = $"{property.Name} '{property.Value}' is not a DATE (20260214) or DATE-TIME (20260214T090000).";
            return null;
        }

        var local = LocalDateTime.FromDateTime(moment.Value);
        if (moment.IsDate)
        {
            return local;
        }

        if (moment.IsUtc)
        {
            return Instant.FromDateTimeUtc(DateTime.SpecifyKind(moment.Value, DateTimeKind.Utc)).InZone(calendarZone).LocalDateTime;
        }

        if (moment.ZoneId is null)
        {
            return local;
        }

        if (FindZone(moment.ZoneId) is not { } zone)
        {
            problem = $"{property.Name} uses TZID '{moment.ZoneId}', which is not a known time zone.";
            return null;
        }

        return local.InZoneLeniently(zone).WithZone(calendarZone).LocalDateTime;
    }

    /// <summary>An IANA id, or a Windows id as some calendar programs write.</summary>
    private static DateTimeZone? FindZone(string id)
    {
        var source = NodaTime.TimeZones.TzdbDateTimeZoneSource.Default;
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? (source.WindowsToTzdbIds.TryGetValue(id, out var tzdbId) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzdbId) : null);
    }
}
