using NodaTime;
using NodaTime.TimeZones;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>
/// The definition of working time, written out plainly from the calendar: an instant works when it lies in a
/// working interval of its own local date or the day before, each boundary being the first instant the wall
/// clock shows it. No merging, no search; used to check the calculator minute by minute.
/// </summary>
internal sealed class NaiveWorkingTime(CompanyCalendar calendar)
{
    private static readonly ZoneLocalMappingResolver FirstWallClockMatch =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[calendar.TimeZoneId];

    public bool IsWorking(Instant instant)
    {
        var date = instant.InZone(_zone).Date;
        return Covers(date, instant) || Covers(date.PlusDays(-1), instant);
    }

    private bool Covers(LocalDate date, Instant instant)
    {
        var day = date.ToDateOnly();
        var makeUp = calendar.MakeUpWorkdays.FirstOrDefault(m => m.Date == day);
        var hours = makeUp is not null ? calendar.HoursOn(makeUp)
            : calendar.Holidays.Any(h => h.Covers(day)) ? []
            : calendar.HoursOn(day.DayOfWeek);
        return hours.Any(i => Resolve(date, i.Start) <= instant && instant < Resolve(date, i.End));
    }

    private Instant Resolve(LocalDate date, TimeOnly time) =>
        _zone.ResolveLocal(date.At(LocalTime.FromTimeOnly(time)), FirstWallClockMatch).ToInstant();
}
