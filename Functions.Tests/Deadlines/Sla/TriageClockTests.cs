using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Tests.Cases;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sla;

/// <summary>The triage clock (docs/procedure.md §14.5) on a case received Friday 24 April 17:50 before the May Day holiday.</summary>
public sealed class TriageClockTests
{
    private readonly SlaEngine _engine = new(new WorkingTimeCalculator(MayDayWeek));

    [Fact]
    public void Start_NewCase_TriageIsDueHalfAWorkingDayLater()
    {
        var triage = _engine.Start(Received(), SlaRules.Default, 1).Sla.Find(DeadlineKind.Triage)!;

        // Four working hours of the make-up Sunday: 08:30–12:00 and 13:00–13:30.
        Assert.Equal(At(4, 26, 13, 30), triage.Due);
        Assert.Equal(TimeSpan.FromHours(4), triage.BudgetWorkingTime);

        // One working day before would come before the case arrived: only the two-hour reminder is left (lunch skipped).
        Assert.Equal([("PT2H", At(4, 26, 10, 30))], _engine.PendingReminders(triage, SlaRules.Default));
    }

    [Fact]
    public void Start_SettingChanged_UsesTheConfiguredBudget()
    {
        var triage = _engine.Start(Received(), SlaRules.Default with { Triage = "P1D" }, 1).Sla.Find(DeadlineKind.Triage)!;

        Assert.Equal(At(4, 26, 17, 30), triage.Due);
    }

    [Theory]
    [InlineData("Suggestion")]
    [InlineData("Inquiry")]
    [InlineData("Compliment")]
    [InlineData("Improvement")]
    public void Start_NotAComplaint_HasNoTriage(string kind)
    {
        var started = _engine.Start(Received() with { Kind = Enum.Parse<CaseKind>(kind) }, SlaRules.Default, 1);

        Assert.Null(started.Sla.Find(DeadlineKind.Triage));
    }

    [Fact]
    public void Apply_Assessed_MeetsTheTriageClockWhenAssessed()
    {
        var before = _engine.Start(Received(), SlaRules.Default, 1);
        var assessment = new Assessment(Validity.Valid, null, null, Category.ProductQuality, Severity.Minor, ImmediateAction.None, null, "clerk", At(4, 26, 14, 0));

        var after = _engine.Apply(before, before with { Assessment = assessment }, CaseAction.Assess, At(4, 26, 14, 0));

        var triage = after.Sla.Find(DeadlineKind.Triage)!;
        Assert.Equal(At(4, 26, 14, 0), triage.MetAt);
        Assert.Null(triage.NextCheckAt);
        Assert.Null(after.Sla.Find(DeadlineKind.FirstResponse)!.MetAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PT0H")]
    [InlineData("half a day")]
    public void Validate_TriageNotAPositiveDuration_IsRefused(string triage)
    {
        var policy = SlaPolicy.Default with { Rules = SlaRules.Default with { Triage = triage } };

        Assert.Contains("rules.triage", policy.Validate().Keys);
    }

    [Fact]
    public void Start_SafetyHazard_TriageIsDueTwoElapsedHoursLaterOverTheHoliday()
    {
        var received = Received() with { Subject = Received().Subject with { SafetyHazard = true } };

        var started = _engine.Start(received, SlaRules.Default, 1);

        var triage = started.Sla.Find(DeadlineKind.Triage)!;
        Assert.True(triage.Elapsed);
        Assert.Equal(At(4, 24, 19, 50), triage.Due);

        // Chased at any hour until triage has judged it; a minor assessment ends that.
        Assert.True(SlaEngine.IsUrgent(started));
        var assessed = started with { Assessment = new Assessment(Validity.Valid, null, null, Category.ProductQuality, Severity.Minor, ImmediateAction.None, null, "clerk", At(4, 24, 18, 30)) };
        Assert.False(SlaEngine.IsUrgent(assessed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("PT0H")]
    [InlineData("two hours")]
    public void Validate_SafetyTriageNotAPositiveDuration_IsRefused(string safetyTriage)
    {
        var policy = SlaPolicy.Default with { Rules = SlaRules.Default with { SafetyTriage = safetyTriage } };

        Assert.Contains("rules.safetyTriage", policy.Validate().Keys);
    }

    private static CaseRecord Received() => CaseSamples.Complaint() with { ReceivedAt = At(4, 24, 17, 50), UpdatedAt = At(4, 24, 17, 50) };
}
