namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// The company's working-time calendar (docs/procedure.md §8): the time zone its wall clock runs in, the working
/// hours of each weekday, public holidays and make-up working days. Serialises with System.Text.Json as
/// a settings document; <see cref="Validate"/> says what is wrong with one an administrator edited.
/// </summary>
internal sealed record CompanyCalendar
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>An IANA time zone id; working hours are wall-clock times in this zone.</summary>
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>Working intervals per weekday, in order; a weekday that is missing has no working hours.</summary>
    public IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> WorkingHours { get; init; } =
        new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>();

    public IReadOnlyList<PublicHoliday> Holidays { get; init; } = [];

    public IReadOnlyList<MakeUpWorkday> MakeUpWorkdays { get; init; } = [];

    /// <summary>Monday to Friday 08:30–12:00 and 13:00–17:30 in Asia/Shanghai, no holidays yet.</summary>
    public static CompanyCalendar Default { get; } = new()
    {
        WorkingHours = StandardWeek([new(new(8, 30), new(12, 0)), new(new(13, 0), new(17, 30))]),
    };

    /// <summary>The same intervals on Monday to Friday, none at the weekend.</summary>
    public static IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> StandardWeek(
        IReadOnlyList<WorkingInterval> intervals) =>
        new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Monday] = intervals,
            [DayOfWeek.Tuesday] = intervals,
            [DayOfWeek.Wednesday] = intervals,
            [DayOfWeek.Thursday] = intervals,
            [DayOfWeek.Friday] = intervals,
        };

    /// <summary>The hours worked on a weekday (empty when none).</summary>
    public IReadOnlyList<WorkingInterval> HoursOn(DayOfWeek day) =>
        WorkingHours.TryGetValue(day, out var intervals) && intervals is not null ? intervals : [];

    /// <summary>The hours worked on a make-up working day, following its precedence rules.</summary>
    public IReadOnlyList<WorkingInterval> HoursOn(MakeUpWorkday day) =>
        day.Intervals ?? HoursOn(day.HoursOf ?? MakeUpWorkday.DefaultHoursOf);

    /// <summary>Every problem found, each as one sentence an administrator can act on; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => CompanyCalendarValidation.Validate(this);

    /// <summary>Throws <see cref="InvalidCalendarException"/> listing every problem, if there are any.</summary>
    public CompanyCalendar EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new InvalidCalendarException(errors);
    }
}
