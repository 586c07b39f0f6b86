using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Tests.Cases;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sla;

/// <summary>
/// The first response in elapsed hours (docs/procedure.md §3), the default policy, on a case received Friday 24 April
/// 17:50 before the May Day holiday: due twelve hours later, Saturday 05:50, whatever the calendar says.
/// </summary>
public sealed class ElapsedFirstResponseClockTests
{
    private static readonly SlaRules Elapsed = SlaPolicy.Default.Rules;

    private readonly SlaEngine _engine = new(new WorkingTimeCalculator(MayDayWeek));

    [Fact]
    public void Start_DefaultPolicy_FirstResponseIsDueTwelveElapsedHoursLater()
    {
        var started = _engine.Start(Received(), Elapsed, 1);

        var firstResponse = started.Sla.Find(DeadlineKind.FirstResponse)!;
        Assert.True(Elapsed.FirstResponseElapsed);
        Assert.True(firstResponse.Elapsed);
        Assert.Equal(At(4, 25, 5, 50), firstResponse.Due);

        // The other clocks keep working time: five working days are due on Monday 4 May.
        Assert.Equal(At(5, 4, 17, 30), started.Sla.Find(DeadlineKind.Resolution)!.Due);
    }

    [Fact]
    public void Start_SwitchedToWorkingTime_CountsWorkingHours()
    {
        var firstResponse = _engine.Start(Received(), Elapsed with { FirstResponseElapsed = false }, 1).Sla.Find(DeadlineKind.FirstResponse)!;

        Assert.False(firstResponse.Elapsed);
        Assert.Equal(At(4, 29, 13, 30), firstResponse.Due);
    }

    [Fact]
    public void Chasing_ElapsedClock_RemindsAndEscalatesInElapsedHoursAtNight()
    {
        var firstResponse = _engine.Start(Received(), Elapsed, 1).Sla.Find(DeadlineKind.FirstResponse)!;

        // A day before would come before receipt; two hours before is Saturday 03:50, and nothing waits for Sunday's working hours.
        Assert.Equal([("PT2H", At(4, 25, 3, 50))], _engine.PendingReminders(firstResponse, Elapsed));
        Assert.Equal(At(4, 25, 3, 50), _engine.NextCheck(firstResponse, Elapsed, serious: false));
        Assert.Equal(At(4, 25, 5, 50), _engine.EscalationAt(firstResponse, Elapsed, 1));
        Assert.Equal(At(4, 25, 9, 50), _engine.EscalationAt(firstResponse, Elapsed, 2));
        Assert.Equal(At(4, 26, 9, 50), _engine.EscalationAt(firstResponse, Elapsed, 3));
    }

    [Fact]
    public void Apply_AssessedSerious_ShortensToFourElapsedHours()
    {
        var before = _engine.Start(Received(), Elapsed, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Serious) }, CaseAction.Assess, At(4, 24, 18, 30));

        Assert.Equal(At(4, 24, 21, 50), after.Sla.Find(DeadlineKind.FirstResponse)!.Due);
    }

    [Fact]
    public void Apply_ClockStartedInWorkingTime_KeepsWorkingTimeWhenRetargeted()
    {
        // A case registered before the rule: its stored clock and rules know nothing of elapsed time.
        var before = _engine.Start(Received(), SlaRules.Default, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Serious) }, CaseAction.Assess, At(4, 24, 18, 30));

        var firstResponse = after.Sla.Find(DeadlineKind.FirstResponse)!;
        Assert.False(firstResponse.Elapsed);
        Assert.Equal(At(4, 26, 13, 30), firstResponse.Due);
    }

    private static CaseRecord Received()
    {
        var complaint = CaseSamples.Complaint();
        return complaint with { ReceivedAt = At(4, 24, 17, 50), UpdatedAt = At(4, 24, 17, 50) };
    }

    private static Assessment Assessment(Severity severity) =>
        new(Validity.Valid, null, null, Category.ProductQuality, severity, ImmediateAction.None, null, "clerk", At(4, 24, 18, 30));
}
