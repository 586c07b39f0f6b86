using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Development;
using Serverless.Feedback.Hosting.LocalRunner;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Deadlines.Sweep;

/// <summary>
/// On a developer's machine the clock can be stepped (<c>POST /dev/clock</c>); the local runner's timers take
/// their next occurrence from that clock, so a step makes the deadline sweep run and an escalation can be shown.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class DevelopmentClockSweepTests : IDisposable
{
    private readonly string _clockFile = Path.Combine(Path.GetTempPath(), "sf-clock-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(_clockFile);

    [Fact]
    public async Task DevelopmentClock_SteppedTwoDays_MakesTheLocalRunnerFireTheSweepWhichEscalates()
    {
        using var app = await FeedbackApp.StartAsync(
            settings: new Dictionary<string, string?> { ["DevelopmentClock:Enabled"] = "true", ["DevelopmentClock:File"] = _clockFile },
            services: s => s.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DevelopmentClock>()));

        // Every day almost all day, so the demonstration does not depend on when the test runs.
        var allDay = new List<WorkingInterval> { new(new TimeOnly(0, 0), new TimeOnly(23, 59)) };
        await app.UseCalendarAsync(CompanyCalendar.Default with
        {
            TimeZoneId = "UTC",
            WorkingHours = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, IReadOnlyList<WorkingInterval> (_) => allDay),
        });
        await app.AddPeopleAsync();
        await app.RegisterAsync();
        var sweep = app.Get<LocalTriggerRunner>().TimerListeners.Single(t => t.FunctionName == DeadlineSweepFunction.Name);
        await sweep.StartAsync(CancellationToken.None);

        var stepped = await app.Anonymous().PostAsJsonAsync("/dev/clock", new { advance = "P2D" });
        var fired = await sweep.TickAsync(CancellationToken.None);

        stepped.EnsureSuccessStatusCode();
        Assert.True(fired);
        // The first receiver hears of each late deadline: the first response and, since it is not assessed, triage.
        Assert.Equal(["clerk@example.com"], (await app.MailsAsync(EscalationLadder.EscalationTemplate)).Select(m => m.Recipient()).Distinct());
        Assert.True(sweep.NextDue > app.Get<TimeProvider>().GetUtcNow());
    }
}
