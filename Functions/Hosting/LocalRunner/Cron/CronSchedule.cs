using System.Diagnostics.CodeAnalysis;
using NCrontab;
using NodaTime;

namespace Serverless.Feedback.Hosting.LocalRunner.Cron;

/// <summary>
/// A six-field NCRONTAB schedule as Azure Functions timer triggers use it:
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, parsed and matched by NCrontab, the library the
/// Functions host uses (so day-of-week 7 is refused there and here, and day and day-of-week must both match).
/// </summary>
/// <remarks>
/// NCrontab knows no time zones. Occurrences are wall-clock times in the zone given: a time skipped when clocks
/// go forward runs once at the moment the gap ends (02:30 on spring-forward night runs at 03:00), and several
/// skipped times run only once there; a time repeated when clocks go back runs once, on its first pass.
/// </remarks>
internal sealed class CronSchedule
{
    /// <summary>How far ahead <see cref="GetNextOccurrence"/> looks before deciding a schedule never runs.</summary>
    public const int SearchYears = 5;

    private const string FieldList = "{second} {minute} {hour} {day} {month} {day-of-week}";

    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    private readonly CrontabSchedule _schedule;

    private CronSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
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

        var normalized = string.Join(' ', parts);
        try
        {
            schedule = new CronSchedule(normalized, CrontabSchedule.Parse(normalized, WithSeconds));
            return true;
        }
        catch (CrontabException e)
        {
            error = $"'{expression}' is not a valid NCRONTAB expression: {e.Message}";
            return false;
        }
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

        // NCrontab answers "strictly after", at whole seconds.
        var from = new LocalDateTime(localAfter.Year, localAfter.Month, localAfter.Day, localAfter.Hour, localAfter.Minute, localAfter.Second);
        var limit = localAfter.Date.PlusYears(SearchYears).AtMidnight().ToDateTimeUnspecified();
        while (true)
        {
            var next = _schedule.GetNextOccurrence(from.ToDateTimeUnspecified(), limit);
            if (next >= limit)
            {
                return null;
            }

            var local = LocalDateTime.FromDateTime(next);
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

            // Only reached inside the second pass of a repeated hour (its times ran on the first pass), or at a
            // skipped time whose gap already ended before 'after'.
            from = mapping.Count == 2 ? LocalDateTime.Max(local, mapping.EarlyInterval.IsoLocalEnd.PlusSeconds(-1)) : local;
        }
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

    /// <summary>Whether a wall-clock time (to the second) is an occurrence.</summary>
    public bool Matches(DateTime wallClock) =>
        wallClock.Ticks % TimeSpan.TicksPerSecond == 0 && _schedule.GetNextOccurrence(wallClock.AddSeconds(-1)) == wallClock;

    public override string ToString() => Expression;
}
