using NodaTime;
using NodaTime.TimeZones;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// Turns a validated calendar into the working spans of any date, in real time.
/// </summary>
/// <remarks>
/// Each wall-clock boundary becomes the first instant the clock shows it: a time repeated when clocks go
/// back takes its earlier occurrence, and a time skipped when clocks go forward becomes the moment the gap
/// ends. So an interval inside a skipped hour vanishes, one reaching into it is shortened, one inside a
/// repeated hour is counted once, and one spanning a change lasts its real length.
/// </remarks>
internal sealed class WorkingDayTable
{
    private static readonly ZoneLocalMappingResolver FirstWallClockMatch =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly LocalInterval[][] _week = new LocalInterval[7][];
    private readonly (LocalDate First, LocalDate Last)[] _holidays;
    private readonly Dictionary<LocalDate, LocalInterval[]> _makeUpDays;

    public WorkingDayTable(CompanyCalendar calendar)
    {
        Zone = DateTimeZoneProviders.Tzdb[calendar.TimeZoneId];
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            _week[(int)day] = Normalise(calendar.HoursOn(day));
        }

        _holidays = MergeRanges(calendar.Holidays.Select(h => (LocalDate.FromDateOnly(h.FirstDay), LocalDate.FromDateOnly(h.LastDay))));
        _makeUpDays = calendar.MakeUpWorkdays.ToDictionary(d => LocalDate.FromDateOnly(d.Date), d => Normalise(calendar.HoursOn(d)));
    }

    public DateTimeZone Zone { get; }

    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    public Instant Resolve(LocalDateTime local) => Zone.ResolveLocal(local, FirstWallClockMatch).ToInstant();

    /// <summary>The date's working spans in time order, never empty, touching or overlapping.</summary>
    public WorkingSpan[] SpansOn(LocalDate date)
    {
        var local = LocalIntervalsOn(date);
        if (local.Length == 0)
        {
            return [];
        }

        var spans = new List<WorkingSpan>(local.Length);
        foreach (var interval in local)
        {
            var start = Resolve(date + interval.Start);
            var end = Resolve(date + interval.End);
            if (end <= start)
            {
                continue;
            }

            // A break that fell into a skipped hour no longer separates its neighbours.
            if (spans.Count > 0 && spans[^1].End >= start)
            {
                spans[^1] = spans[^1] with { End = end };
            }
            else
            {
                spans.Add(new WorkingSpan(date, start, end));
            }
        }

        return [.. spans];
    }

    private LocalInterval[] LocalIntervalsOn(LocalDate date)
    {
        if (_makeUpDays.TryGetValue(date, out var makeUp))
        {
            return makeUp;
        }

        // IsoDayOfWeek runs Monday = 1 to Sunday = 7; DayOfWeek has Sunday = 0.
        return IsHoliday(date) ? [] : _week[(int)date.DayOfWeek % 7];
    }

    private bool IsHoliday(LocalDate date)
    {
        var lo = 0;
        var hi = _holidays.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (date < _holidays[mid].First)
            {
                hi = mid - 1;
            }
            else if (date > _holidays[mid].Last)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static LocalInterval[] Normalise(IReadOnlyList<WorkingInterval> intervals)
    {
        var result = new List<LocalInterval>(intervals.Count);
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            var start = LocalTime.FromTimeOnly(interval.Start);
            var end = LocalTime.FromTimeOnly(interval.End);
            if (result.Count > 0 && result[^1].End >= start)
            {
                result[^1] = result[^1] with { End = LocalTime.Max(result[^1].End, end) };
            }
            else
            {
                result.Add(new LocalInterval(start, end));
            }
        }

        return [.. result];
    }

    private static (LocalDate First, LocalDate Last)[] MergeRanges(IEnumerable<(LocalDate First, LocalDate Last)> ranges)
    {
        var merged = new List<(LocalDate First, LocalDate Last)>();
        foreach (var range in ranges.OrderBy(r => r.First))
        {
            if (merged.Count > 0 && merged[^1].Last.PlusDays(1) >= range.First)
            {
                merged[^1] = (merged[^1].First, LocalDate.Max(merged[^1].Last, range.Last));
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    private readonly record struct LocalInterval(LocalTime Start, LocalTime End);
}
