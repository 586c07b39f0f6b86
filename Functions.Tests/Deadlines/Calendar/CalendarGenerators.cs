using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>
/// Random calendars over mid-2025 to mid-2027 in zones with daylight saving (including Lord Howe's half-hour
/// shift and Havana's change at midnight), with instants drawn near clock changes and on interval boundaries.
/// </summary>
internal static class CalendarGenerators
{
    private const int WindowDays = 730;

    private static readonly string[] Zones =
        ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Havana", "Etc/UTC"];

    private static readonly LocalDate WindowStart = new(2025, 6, 1);

    private static readonly WorkingInterval Morning = new(new(9, 0), new(12, 0));

    /// <summary>Minutes of the day, often in the small hours where clocks change.</summary>
    private static Gen<int> MinuteOfDay { get; } = Gen.Frequency((3, Gen.Choose(0, 1439)), (2, Gen.Choose(0, 300)));

    private static Gen<DateOnly> Date { get; } = Gen.Choose(0, WindowDays).Select(d => WindowStart.PlusDays(d).ToDateOnly());

    private static Gen<Duration> Amount { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 80 * 3600).Select(s => Duration.FromSeconds(s))),
        (2, Gen.Choose(0, 2400).Select(m => Duration.FromMinutes(m))),
        (1, Gen.Constant(Duration.Zero)));

    public static Gen<CompanyCalendar> Calendars { get; } =
        from zone in Gen.Elements(Zones)
        from week in Gen.ArrayOf(Intervals(3), 7)
        from holidays in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Holiday(), n))
        from makeUpDays in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(MakeUpDay(), n))
        select Build(zone, week, holidays, makeUpDays);

    /// <summary>The same intervals every weekday in a zone without daylight saving; make-up days work Monday's hours.</summary>
    public static Gen<CompanyCalendar> UniformCalendars { get; } =
        from zone in Gen.Elements("Asia/Shanghai", "Etc/UTC")
        from intervals in Intervals(3).Where(i => i.Length > 0)
        from holidays in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Holiday(), n))
        from makeUpDates in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Date, n))
        select Build(zone, [[], intervals, intervals, intervals, intervals, intervals, []], holidays, [.. makeUpDates.Select(d => new MakeUpWorkday(d, "Make-up"))]);

    public static Arbitrary<CalendarScenario> Scenarios(Gen<CompanyCalendar> calendars) =>
        (from calendar in calendars
         from instants in Gen.ArrayOf(Instants(calendar), 3)
         from amounts in Gen.ArrayOf(Amount, 2)
         select new CalendarScenario(calendar, instants, amounts)).ToArbitrary();

    /// <summary>Instants anywhere, near the zone's clock changes, or on a working-interval boundary.</summary>
    public static Gen<Instant> Instants(CompanyCalendar calendar)
    {
        var zone = DateTimeZoneProviders.Tzdb[calendar.TimeZoneId];
        var windowStart = WindowStart.AtStartOfDayInZone(zone).ToInstant();
        var anywhere = Gen.Choose(0, (WindowDays * 86400) - 1).Select(s => windowStart + Duration.FromSeconds(s));
        var boundaries = calendar.WorkingHours.Values.SelectMany(i => i).SelectMany(i => new[] { i.Start, i.End }).Distinct().ToArray();
        var onBoundary =
            from date in Date
            from time in Gen.Elements(boundaries)
            select LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time)).InZoneLeniently(zone).ToInstant();
        var changes = zone.GetZoneIntervals(windowStart, windowStart + Duration.FromDays(WindowDays))
            .Where(z => z.HasStart && z.Start > windowStart)
            .Select(z => z.Start)
            .ToArray();
        if (changes.Length == 0)
        {
            return Gen.Frequency((3, anywhere), (2, onBoundary));
        }

        var nearChange =
            from change in Gen.Elements(changes)
            from offset in Gen.Choose(-36 * 3600, 36 * 3600)
            select change + Duration.FromSeconds(offset);
        return Gen.Frequency((2, anywhere), (2, onBoundary), (2, nearChange), (1, nearChange.Select(TruncateToMinute)));
    }

    public static Instant TruncateToMinute(Instant instant) =>
        Instant.FromUnixTimeSeconds(instant.ToUnixTimeSeconds() / 60 * 60);

    private static Gen<WorkingInterval[]> Intervals(int maxCount) =>
        from count in Gen.Choose(0, maxCount)
        from minutes in Gen.ArrayOf(MinuteOfDay, count * 2)
        select Pair(minutes);

    private static Gen<PublicHoliday> Holiday() =>
        from first in Date
        from length in Gen.Choose(1, 10)
        select new PublicHoliday("Holiday", first, first.AddDays(length - 1));

    private static Gen<MakeUpWorkday> MakeUpDay() =>
        from date in Date
        from kind in Gen.Choose(0, 2)
        from hoursOf in Gen.Elements(Enum.GetValues<DayOfWeek>())
        from intervals in Intervals(2)
        select new MakeUpWorkday(date, "Make-up")
        {
            HoursOf = kind == 1 ? hoursOf : null,
            Intervals = kind == 2 ? intervals : null,
        };

    /// <summary>Distinct sorted minutes, taken two by two, make ordered intervals that never touch.</summary>
    private static WorkingInterval[] Pair(int[] minutes)
    {
        var sorted = minutes.Distinct().Order().ToArray();
        return [.. Enumerable.Range(0, sorted.Length / 2).Select(i => new WorkingInterval(TimeAt(sorted[2 * i]), TimeAt(sorted[(2 * i) + 1])))];
    }

    private static TimeOnly TimeAt(int minute) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute));

    /// <summary>Repairs what validation would refuse: an empty week, make-up days on holidays or twice, or without hours.</summary>
    private static CompanyCalendar Build(string zone, WorkingInterval[][] week, PublicHoliday[] holidays, MakeUpWorkday[] makeUpDays)
    {
        var hours = Enumerable.Range(0, 7)
            .Where(d => week[d].Length > 0)
            .ToDictionary(d => (DayOfWeek)d, d => (IReadOnlyList<WorkingInterval>)week[d]);
        if (hours.Count == 0)
        {
            hours[DayOfWeek.Monday] = [Morning];
        }

        var calendar = new CompanyCalendar { TimeZoneId = zone, WorkingHours = hours, Holidays = holidays };
        var days = makeUpDays
            .Where(m => !holidays.Any(h => h.Covers(m.Date)))
            .DistinctBy(m => m.Date)
            .Select(m => calendar.HoursOn(m).Count > 0 ? m : m with { Intervals = [Morning] });
        return calendar with { MakeUpWorkdays = [.. days] };
    }
}
