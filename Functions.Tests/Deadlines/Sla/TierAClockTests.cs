using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Tests.Cases;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sla;

/// <summary>
/// Tier-A customers' shorter defaults (docs/procedure.md §10) on a case received Friday 24 April 17:50 before the
/// May Day holiday: a tier-A case under the tier-A targets is due when an ordinary case is under those targets.
/// </summary>
public sealed class TierAClockTests
{
    private static readonly SlaRules Shorter = SlaRules.Default with { TierA = new TierATargets("PT4H", 2), FirstResponseElapsed = true };

    private readonly SlaEngine _engine = new(new WorkingTimeCalculator(MayDayWeek));

    [Fact]
    public void Start_TierACustomerWithShorterDefaults_ClocksUseThem()
    {
        var started = _engine.Start(Received(tierA: true), Shorter, 1);

        var same = _engine.Start(Received(tierA: false), SlaRules.Default with { FirstResponse = "PT4H", ResolutionWorkingDays = 2 }, 1);
        Assert.Equal(At(4, 24, 21, 50), started.Sla.Find(DeadlineKind.FirstResponse)!.Due);
        Assert.Equal(same.Sla.Find(DeadlineKind.Resolution)!.Due, started.Sla.Find(DeadlineKind.Resolution)!.Due);
        Assert.Equal(2, started.Sla.Find(DeadlineKind.Resolution)!.BudgetWorkingDays);
    }

    [Fact]
    public void Start_DefaultPolicy_TierAIsDueWithEveryoneElse()
    {
        var tierA = _engine.Start(Received(tierA: true), SlaRules.Default, 1);
        var other = _engine.Start(Received(tierA: false), SlaRules.Default, 1);

        Assert.Null(SlaRules.Default.TierA);
        Assert.Equal(other.Sla.Clocks.Select(c => (c.Kind, c.Due)), tierA.Sla.Clocks.Select(c => (c.Kind, c.Due)));
    }

    [Fact]
    public void Start_OtherCustomer_IgnoresTheTierATargets()
    {
        var started = _engine.Start(Received(tierA: false), Shorter, 1);
        var plain = _engine.Start(Received(tierA: false), Shorter with { TierA = null }, 1);

        Assert.Equal(plain.Sla.Clocks.Select(c => (c.Kind, c.Due)), started.Sla.Clocks.Select(c => (c.Kind, c.Due)));
    }

    [Fact]
    public void Start_TierATargetLongerThanTheGeneral_KeepsTheGeneral()
    {
        var started = _engine.Start(Received(tierA: true), SlaRules.Default with { TierA = new TierATargets("P3D", 9) }, 1);
        var plain = _engine.Start(Received(tierA: false), SlaRules.Default, 1);

        Assert.Equal(plain.Sla.Clocks.Select(c => (c.Kind, c.Due)), started.Sla.Clocks.Select(c => (c.Kind, c.Due)));
    }

    [Fact]
    public void Apply_AssessedMajor_TierATargetsStayWhereShorterThanTheSeverity()
    {
        var before = _engine.Start(Received(tierA: true), Shorter, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Major) }, CaseAction.Assess, At(4, 26, 9, 0));

        // Major is PT8H and five working days; the tier-A four hours and two days are shorter.
        Assert.Equal(At(4, 24, 21, 50), after.Sla.Find(DeadlineKind.FirstResponse)!.Due);
        Assert.Equal(2, after.Sla.Find(DeadlineKind.Resolution)!.BudgetWorkingDays);
    }

    [Fact]
    public void Apply_AssessedSeriousWithShorterSeverityTarget_TheSeverityBinds()
    {
        var rules = Shorter with { TierA = new TierATargets("PT6H", null) };
        var before = _engine.Start(Received(tierA: true), rules, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Serious) }, CaseAction.Assess, At(4, 26, 9, 0));

        Assert.Equal(TimeSpan.FromHours(4), after.Sla.Find(DeadlineKind.FirstResponse)!.BudgetWorkingTime);
        Assert.Equal(5, after.Sla.Find(DeadlineKind.Resolution)!.BudgetWorkingDays);
    }

    [Theory]
    [InlineData("soon", 2, "rules.tierA.firstResponse")]
    [InlineData("PT0H", 2, "rules.tierA.firstResponse")]
    [InlineData("PT4H", 0, "rules.tierA.resolutionWorkingDays")]
    public void Validate_TierATargetsNotUsable_NamesTheField(string firstResponse, int days, string field)
    {
        var problems = new SlaPolicy { Rules = SlaRules.Default with { TierA = new TierATargets(firstResponse, days) } }.Validate();

        Assert.Equal([field], problems.Keys);
    }

    [Fact]
    public void Validate_TierATargetsEmpty_IsValid()
    {
        Assert.Empty(new SlaPolicy { Rules = SlaRules.Default with { TierA = new TierATargets(null, null) } }.Validate());
    }

    private static CaseRecord Received(bool tierA)
    {
        var complaint = CaseSamples.Complaint();
        return complaint with { ReceivedAt = At(4, 24, 17, 50), UpdatedAt = At(4, 24, 17, 50), Customer = complaint.Customer with { TierA = tierA } };
    }

    private static Assessment Assessment(Severity severity) =>
        new(Validity.Valid, null, null, Category.ProductQuality, severity, ImmediateAction.None, null, "clerk", At(4, 26, 9, 0));
}
