using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>
/// The default calendar with the hand-written sample 2026 holidays of Fixtures/china-2026-sample.ics.
/// Sample data, not an official schedule.
/// </summary>
internal static class SampleCalendars
{
    public static string FixturePath { get; } =
        Path.Combine(Support.RepositoryRoot.Path, "Functions.Tests", "Deadlines", "Calendar", "Fixtures", "china-2026-sample.ics");

    public static IReadOnlyList<PublicHoliday> China2026Holidays { get; } =
    [
        new("元旦", new(2026, 1, 1), new(2026, 1, 3)),
        new("春节", new(2026, 2, 15), new(2026, 2, 23)),
        new("清明节", new(2026, 4, 4), new(2026, 4, 6)),
        new("劳动节", new(2026, 5, 1), new(2026, 5, 5)),
        new("端午节", new(2026, 6, 19), new(2026, 6, 21)),
        new("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
        new("国庆节", new(2026, 10, 1), new(2026, 10, 7)),
    ];

    public static IReadOnlyList<MakeUpWorkday> China2026MakeUpWorkdays { get; } =
    [
        new(new(2026, 1, 4), "元旦补班"),
        new(new(2026, 2, 14), "春节补班"),
        new(new(2026, 2, 28), "春节补班"),
        new(new(2026, 5, 9), "劳动节补班"),
        new(new(2026, 9, 20), "国庆节调休上班"),
        new(new(2026, 10, 10), "国庆节补班"),
    ];

    public static CompanyCalendar China2026 { get; } = CompanyCalendar.Default with
    {
        Holidays = China2026Holidays,
        MakeUpWorkdays = China2026MakeUpWorkdays,
    };
}
