namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>How the importer tells make-up working days from holidays, and what it accepts.</summary>
internal sealed record IcsImportOptions
{
    /// <summary>
    /// Chinese holiday feeds mark make-up working days with 班 (补班, 上班, 调休上班); English feeds say working
    /// day or workday. "Non-working day" is a day off, so it is excluded.
    /// </summary>
    public static IReadOnlyList<string> DefaultMakeUpWorkdayPatterns { get; } =
    [
        "补班",
        "上班",
        "调休上班",
        @"(?<!non-)(?<!non )\bworking day\b",
        @"(?<!non-)\bwork-?day\b",
        @"\bmake-up work",
    ];

    public static IcsImportOptions Default { get; } = new();

    /// <summary>Regular expressions (case-insensitive) matched against SUMMARY and each CATEGORIES value.</summary>
    public IReadOnlyList<string> MakeUpWorkdayPatterns { get; init; } = DefaultMakeUpWorkdayPatterns;

    /// <summary>
    /// When null, every event that is not a make-up working day is a holiday. When set, an event must match one
    /// of these to be a holiday, and events matching neither list are skipped (feeds that mix in observances).
    /// </summary>
    public IReadOnlyList<string>? HolidayPatterns { get; init; }

    /// <summary>The weekday whose hours imported make-up days work; null keeps the calendar's rule (Monday's).</summary>
    public DayOfWeek? MakeUpHoursOf { get; init; }

    /// <summary>Longer events are skipped: they are rarely public holidays (term times, seasons).</summary>
    public int MaxHolidayDays { get; init; } = 31;
}
