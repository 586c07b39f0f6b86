using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Serverless.Feedback.Hosting.LocalRunner.Cron;

/// <summary>
/// A six-field NCRONTAB schedule as Azure Functions timer triggers use it:
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>.
/// </summary>
/// <remarks>
/// <para>Fields take <c>*</c>, values, lists <c>a,b</c>, ranges <c>a-b</c>, and steps <c>*/n</c>, <c>a-b/n</c>
/// and <c>a/n</c> (from a to the field's maximum). Months take JAN–DEC and days SUN–SAT (or full names, any
/// case); day-of-week 7 is Sunday too.</para>
/// <para>Day and day-of-week must both match, as in NCrontab, the library the Functions host uses: the host's
/// <c>0 0 9 1 * MON</c> runs only on a 1st that is a Monday. (Unix cron would run on every 1st and every
/// Monday.)</para>
/// <para>Times are wall-clock times in the zone given. A time skipped when clocks go forward runs once at the
/// moment the gap ends (02:30 on spring-forward night runs at 03:00), and several skipped times run only once
/// there. A time repeated when clocks go back runs once, on its first pass.</para>
/// </remarks>
internal sealed class CronSchedule
{
    /// <summary>How far ahead <see cref="GetNextOccurrence"/> looks before deciding a schedule never runs.</summary>
    public const int SearchYears = 5;

    private const string FieldList = "{second} {minute} {hour} {day} {month} {day-of-week}";

    private readonly CronField _seconds;
    private readonly CronField _minutes;
    private readonly CronField _hours;
    private readonly CronField _days;
    private readonly CronField _months;
    private readonly CronField _daysOfWeek;

    private CronSchedule(string expression, CronField[] fields)
    {
        Expression = expression;
        (_seconds, _minutes, _hours, _days, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    public string Expression { get; }

    /// <exception cref="FormatException">The expression is not a six-field NCRONTAB expression; the message says what is wrong.</exception>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException(error);
    }

    public static bool TryParse(string? expression, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        var parts = (expression ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        error = parts.Length switch
        {
            6 => null,
            0 => $"The schedule is empty; timer schedules have six fields: {FieldList}, for example '0 */5 * * * *'.",
            5 => $"'{expression}' has 5 fields, but timer schedules need six: {FieldList}. Put the seconds first, for example '0 {string.Join(' ', parts)}'.",
            _ => $"'{expression}' has {parts.Length} fields; timer schedules have six: {FieldList}, for example '0 */5 * * * *'.",
        };
        if (error is not null)
        {
            return false;
        }

        var fields = new CronField[6];
        for (var i = 0; i < 6; i++)
        {
            var spec = CronFieldSpec.All[i];
            if (spec.TryParse(parts[i], out var problem) is not { } field)
            {
                error = $"'{expression}' is not a valid NCRONTAB expression: the {spec.Name} field '{parts[i]}' {problem}.";
                return false;
            }

            fields[i] = field;
        }

        schedule = new CronSchedule(string.Join(' ', parts), fields);
        return true;
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, with the zone's offset at that moment;
    /// null when there is none within <see cref="SearchYears"/> years (<c>0 0 0 30 2 *</c>).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var timeZone = CronZones.For(zone);
        var afterInstant = Instant.FromDateTimeOffset(after);
        var localAfter = afterInstant.InZone(timeZone).LocalDateTime;
        var candidate = TruncateToSecond(localAfter).PlusSeconds(1);
        var limit = localAfter.Date.PlusYears(SearchYears);
        while (NextLocalMatch(candidate, limit) is { } local)
        {
            var mapping = timeZone.MapLocal(local);
            var instant = mapping.Count switch
            {
                0 => mapping.LateInterval.Start, // skipped: runs as the gap ends
                _ => mapping.First().ToInstant(), // repeated: runs on the first pass
            };
            if (instant > afterInstant)
            {
                return instant.InZone(timeZone).ToDateTimeOffset();
            }

            // Only reached from inside the second pass of a repeated hour: its times ran on the first pass.
            candidate = mapping.Count == 2
                ? LocalDateTime.Max(local.PlusSeconds(1), mapping.EarlyInterval.IsoLocalEnd)
                : local.PlusSeconds(1);
        }

        return null;
    }

    /// <summary>Occurrences after <paramref name="from"/> up to and including <paramref name="to"/>, in order.</summary>
    public IEnumerable<DateTimeOffset> GetOccurrences(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        for (var next = GetNextOccurrence(from, zone); next is { } occurrence && occurrence <= to; next = GetNextOccurrence(occurrence, zone))
        {
            yield return occurrence;
        }
    }

    /// <summary>Whether a wall-clock time (to the second) matches every field.</summary>
    public bool Matches(DateTime wallClock) =>
        wallClock.Millisecond == 0 && wallClock.Microsecond == 0
        && _seconds.Contains(wallClock.Second) && _minutes.Contains(wallClock.Minute) && _hours.Contains(wallClock.Hour)
        && _days.Contains(wallClock.Day) && _months.Contains(wallClock.Month) && _daysOfWeek.Contains((int)wallClock.DayOfWeek);

    public override string ToString() => Expression;

    /// <summary>The first matching wall-clock time at or after <paramref name="from"/>, skipping whole months and days.</summary>
    private LocalDateTime? NextLocalMatch(LocalDateTime from, LocalDate limit)
    {
        var date = from.Date;
        var time = from.TimeOfDay;
        while (date <= limit)
        {
            if (!_months.Contains(date.Month))
            {
                date = new LocalDate(date.Year, date.Month, 1).PlusMonths(1);
                time = LocalTime.Midnight;
                continue;
            }

            if (_days.Contains(date.Day) && _daysOfWeek.Contains((int)date.DayOfWeek % 7) && NextTimeOfDay(time) is { } match)
            {
                return date + match;
            }

            date = date.PlusDays(1);
            time = LocalTime.Midnight;
        }

        return null;
    }

    private LocalTime? NextTimeOfDay(LocalTime from)
    {
        for (var hour = _hours.NextFrom(from.Hour); hour >= 0; hour = _hours.NextFrom(hour + 1))
        {
            var sameHour = hour == from.Hour;
            for (var minute = _minutes.NextFrom(sameHour ? from.Minute : 0); minute >= 0; minute = _minutes.NextFrom(minute + 1))
            {
                var second = _seconds.NextFrom(sameHour && minute == from.Minute ? from.Second : 0);
                if (second >= 0)
                {
                    return new LocalTime(hour, minute, second);
                }
            }
        }

        return null;
    }

    private static LocalDateTime TruncateToSecond(LocalDateTime local) =>
        local.Date + new LocalTime(local.Hour, local.Minute, local.Second);
}
