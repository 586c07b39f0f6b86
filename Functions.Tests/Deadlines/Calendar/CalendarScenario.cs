using System.Text.Json;
using NodaTime;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>A random calendar with a few instants and amounts; prints as JSON so a failure can be replayed.</summary>
internal sealed class CalendarScenario(CompanyCalendar calendar, Instant[] instants, Duration[] amounts)
{
    private WorkingTimeCalculator? _calculator;

    public CompanyCalendar Calendar { get; } = calendar;

    public WorkingTimeCalculator Calculator => _calculator ??= new WorkingTimeCalculator(Calendar);

    public Instant A => instants[0];

    public Instant B => instants[1];

    public Instant C => instants[2];

    public Duration X => amounts[0];

    public Duration Y => amounts[1];

    public override string ToString() =>
        $"{JsonSerializer.Serialize(Calendar)} instants [{string.Join(", ", instants)}] amounts [{string.Join(", ", amounts)}]";
}
