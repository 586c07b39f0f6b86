using System.Text.Json.Serialization;

namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>
/// A make-up working day (调休上班): usually a Saturday or Sunday worked in exchange for a longer holiday.
/// Its hours replace whatever the weekday would have: <see cref="Intervals"/> when given, otherwise the
/// hours of <see cref="HoursOf"/>, otherwise Monday's.
/// </summary>
internal sealed record MakeUpWorkday(DateOnly Date, string Name)
{
    public const DayOfWeek DefaultHoursOf = DayOfWeek.Monday;

    [JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))]
    public DayOfWeek? HoursOf { get; init; }

    public IReadOnlyList<WorkingInterval>? Intervals { get; init; }
}
