using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// Deadline arithmetic in a company calendar's working time.
/// </summary>
/// <remarks>
/// Working time is the union of the calendar's working intervals, each half-open in real time: an interval's
/// start is working time, its end is not. Wall-clock hours become real time as <see cref="WorkingDayTable"/>
/// describes (daylight-saving gaps shorten intervals, repeated hours count once). The methods walk day by
/// day and interval by interval, never minute by minute, and give up with <see cref="NoWorkingTimeException"/>
/// after <see cref="SearchLimitDays"/> days without any working time.
/// </remarks>
internal sealed class WorkingTimeCalculator
{
    /// <summary>About three years: the longest stretch without working time searched before giving up.</summary>
    public const int SearchLimitDays = 3 * 366;

    private readonly WorkingDayTable _table;

    /// <exception cref="InvalidCalendarException">The calendar does not validate.</exception>
    public WorkingTimeCalculator(CompanyCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar.EnsureValid();
        _table = new WorkingDayTable(calendar);
    }

    public CompanyCalendar Calendar { get; }

    public DateTimeZone Zone => _table.Zone;

    /// <summary>Whether the date has any working time (a make-up day does; a holiday does not).</summary>
    public bool IsWorkingDay(LocalDate date) => _table.SpansOn(date).Length > 0;

    public bool IsWorkingTime(Instant instant)
    {
        var date = _table.DateOf(instant);
        return _table.SpansOn(date).Any(s => s.Contains(instant))
            || _table.SpansOn(date.PlusDays(-1)).Any(s => s.Contains(instant));
    }

    /// <summary>The instant itself when it is working time, otherwise the start of the next working interval.</summary>
    public Instant NextWorkingMoment(Instant instant) => Instant.Max(instant, FirstSpanEndingAfter(instant).Start);

    /// <summary>The earliest start of a working day at or after the instant (today's, if the day has not begun).</summary>
    public Instant NextWorkingDayStart(Instant instant)
    {
        foreach (var day in WorkingDays(_table.DateOf(instant).PlusDays(-1), step: 1))
        {
            if (day[0].Start >= instant)
            {
                return day[0].Start;
            }
        }

        throw new InvalidOperationException("The search for working days ended without a result.");
    }

    /// <summary>
    /// The earliest instant by which <paramref name="amount"/> of working time has passed since
    /// <paramref name="start"/>; for a start outside working hours the count begins at the next working moment.
    /// </summary>
    /// <remarks>
    /// Because the result is the earliest such instant, an amount that uses up an interval exactly ends at
    /// that interval's end (17:30), not at the start of the next one (08:30 the next morning). Every positive
    /// amount therefore lands in working time or at an interval's end; a zero amount returns
    /// <paramref name="start"/> unchanged. It follows that <c>WorkingTimeBetween(start, result) == amount</c>
    /// and <c>AddWorkingTime(a, x + y) == AddWorkingTime(AddWorkingTime(a, x), y)</c> hold exactly.
    /// </remarks>
    public Instant AddWorkingTime(Instant start, Duration amount)
    {
        if (amount < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must not be negative; use SubtractWorkingTime to count backwards.");
        }

        if (amount == Duration.Zero)
        {
            return start;
        }

        var remaining = amount;
        foreach (var day in WorkingDays(_table.DateOf(start).PlusDays(-1), step: 1))
        {
            foreach (var span in day)
            {
                if (span.End <= start)
                {
                    continue;
                }

                var from = Instant.Max(span.Start, start);
                var available = span.End - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("The search for working time ended without a result.");
    }

    /// <summary>
    /// The latest instant from which <paramref name="amount"/> of working time remains until
    /// <paramref name="end"/>, for example when to remind the owner four working hours before a deadline.
    /// </summary>
    /// <remarks>
    /// Mirrors <see cref="AddWorkingTime"/>: an amount that uses up an interval exactly ends at that interval's
    /// start, so every positive amount lands in working time; <c>WorkingTimeBetween(result, end) == amount</c>.
    /// </remarks>
    public Instant SubtractWorkingTime(Instant end, Duration amount)
    {
        if (amount < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must not be negative; use AddWorkingTime to count forwards.");
        }

        if (amount == Duration.Zero)
        {
            return end;
        }

        var remaining = amount;
        foreach (var day in WorkingDays(_table.DateOf(end).PlusDays(1), step: -1))
        {
            for (var i = day.Length - 1; i >= 0; i--)
            {
                var span = day[i];
                if (span.Start >= end)
                {
                    continue;
                }

                var to = Instant.Min(span.End, end);
                var available = to - span.Start;
                if (remaining <= available)
                {
                    return to - remaining;
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("The search for working time ended without a result.");
    }

    /// <summary>
    /// Due by the same time of day <paramref name="days"/> working days later. The clock starts at the next
    /// working moment (a case received at 23:00 counts from the next morning).
    /// </summary>
    /// <remarks>
    /// Take the start's wall-clock time on the <paramref name="days"/>-th working day after the start's working
    /// day. When that time is working time, it is the deadline. When it falls in a break or after the day's
    /// hours, the deadline is the end of the interval before it. When it is at or before the day's first
    /// interval, no working time of that day is due, so the deadline is the end of the previous working day:
    /// received Monday 08:30 (or over the weekend), one working day is due Monday 17:30, not Tuesday 08:30.
    /// On uniform days this equals <see cref="AddWorkingTime"/> with <paramref name="days"/> full days. Zero
    /// days gives <see cref="NextWorkingMoment"/>.
    /// </remarks>
    public Instant AddWorkingDays(Instant start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var first = FirstSpanEndingAfter(start);
        var from = Instant.Max(first.Start, start);
        if (days == 0)
        {
            return from;
        }

        var timeOfDay = from.InZone(Zone).TimeOfDay;
        var previousDayEnd = _table.SpansOn(first.Date)[^1].End;
        var counted = 0;
        foreach (var day in WorkingDays(first.Date.PlusDays(1), step: 1))
        {
            if (++counted < days)
            {
                previousDayEnd = day[^1].End;
                continue;
            }

            return ClampIntoDay(_table.Resolve(day[0].Date + timeOfDay), day, previousDayEnd);
        }

        throw new InvalidOperationException("The search for working days ended without a result.");
    }

    /// <summary>
    /// Working time in [<paramref name="from"/>, <paramref name="to"/>). Antisymmetric: negative when
    /// <paramref name="to"/> is before <paramref name="from"/>, zero when equal, so
    /// <c>Between(a, b) + Between(b, c) == Between(a, c)</c> for any order. Never throws for lack of working time.
    /// </summary>
    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }

        var total = Duration.Zero;
        var last = _table.DateOf(to);
        for (var date = _table.DateOf(from).PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            foreach (var span in _table.SpansOn(date))
            {
                var overlap = Instant.Min(span.End, to) - Instant.Max(span.Start, from);
                if (overlap > Duration.Zero)
                {
                    total += overlap;
                }
            }
        }

        return total;
    }

    /// <summary>How a deadline stands at <paramref name="now"/>: working time left, or overdue by.</summary>
    public TimeLeft GetTimeLeft(Instant now, Instant deadline) => new(now, deadline, WorkingTimeBetween(now, deadline));

    private static Instant ClampIntoDay(Instant target, WorkingSpan[] day, Instant previousDayEnd)
    {
        for (var i = 0; i < day.Length; i++)
        {
            if (target <= day[i].Start)
            {
                return i == 0 ? previousDayEnd : day[i - 1].End;
            }

            if (target <= day[i].End)
            {
                return target;
            }
        }

        return day[^1].End;
    }

    private WorkingSpan FirstSpanEndingAfter(Instant instant)
    {
        foreach (var day in WorkingDays(_table.DateOf(instant).PlusDays(-1), step: 1))
        {
            foreach (var span in day)
            {
                if (span.End > instant)
                {
                    return span;
                }
            }
        }

        throw new InvalidOperationException("The search for working time ended without a result.");
    }

    /// <summary>The working days from <paramref name="first"/> on, one step at a time, each with its spans.</summary>
    private IEnumerable<WorkingSpan[]> WorkingDays(LocalDate first, int step)
    {
        var lastWorkingDay = first;
        for (var date = first; ; date = date.PlusDays(step))
        {
            var spans = _table.SpansOn(date);
            if (spans.Length > 0)
            {
                lastWorkingDay = date;
                yield return spans;
            }
            else if (Math.Abs(Period.DaysBetween(lastWorkingDay, date)) > SearchLimitDays)
            {
                throw step > 0
                    ? new NoWorkingTimeException(lastWorkingDay, date)
                    : new NoWorkingTimeException(date, lastWorkingDay);
            }
        }
    }
}
