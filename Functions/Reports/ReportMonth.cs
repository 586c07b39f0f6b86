using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Serverless.Feedback.Reports;

/// <summary>A calendar month of the company, written <c>yyyy-MM</c> (e.g. <c>2026-03</c>) on the wire and in settings.</summary>
internal readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    public static ReportMonth Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new ReportMonth(local.Year, local.Month);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out ReportMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year < 2000)
        {
            return false;
        }

        month = new ReportMonth(first.Year, first.Month);
        return true;
    }

    public static ReportMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month of the form yyyy-MM.");

    /// <summary><c>yyyyMM</c>, as in case numbers and table keys.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}{Month:D2}");

    public DateOnly FirstDay => new(Year, Month, 1);

    public ReportMonth Next => Add(1);

    public ReportMonth Previous => Add(-1);

    public ReportMonth Add(int months)
    {
        var day = FirstDay.AddMonths(months);
        return new ReportMonth(day.Year, day.Month);
    }

    /// <summary>The instant the month starts in <paramref name="zone"/>.</summary>
    public DateTimeOffset Start(TimeZoneInfo zone) => StartOfDay(FirstDay, zone);

    public DateTimeOffset End(TimeZoneInfo zone) => Next.Start(zone);

    /// <summary>The months from <paramref name="count"/> − 1 before this one up to this one, oldest first.</summary>
    public IReadOnlyList<ReportMonth> Trailing(int count)
    {
        var self = this;
        return Enumerable.Range(0, count).Select(i => self.Add(i - count + 1)).ToList();
    }

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportMonth left, ReportMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportMonth left, ReportMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportMonth left, ReportMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportMonth left, ReportMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Midnight of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) => AtLocal(date.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>A wall-clock time in <paramref name="zone"/>; one that a daylight-saving gap swallows moves to just after the gap.</summary>
    public static DateTimeOffset AtLocal(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
