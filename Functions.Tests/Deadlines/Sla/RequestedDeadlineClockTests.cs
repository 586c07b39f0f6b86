using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Tests.Cases;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sla;

/// <summary>
/// The deadline the customer asked for (docs/procedure.md §7, §14.4) on a case received Friday 24 April 17:50, whose
/// default resolution deadline is Monday 4 May 17:30 (the holiday week of <see cref="SlaEngineTests"/>).
/// </summary>
public sealed class RequestedDeadlineClockTests
{
    private readonly SlaEngine _engine = new(new WorkingTimeCalculator(MayDayWeek));

    [Fact]
    public void Start_CustomerAsksForADateBeforeTheDefault_ResolutionIsDueAtTheEndOfThatDate()
    {
        var started = _engine.Start(Received(new DateOnly(2026, 4, 30)), SlaRules.Default, 1);

        var resolution = started.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(4, 30, 17, 30), resolution.Due);
        Assert.True(resolution.DueRequestedByCustomer);
        Assert.Equal(5, resolution.BudgetWorkingDays);
    }

    [Fact]
    public void Start_CustomerAsksForALaterDate_KeepsTheDefault()
    {
        var resolution = _engine.Start(Received(new DateOnly(2026, 5, 20)), SlaRules.Default, 1).Sla.Find(DeadlineKind.Resolution)!;

        Assert.Equal(At(5, 4, 17, 30), resolution.Due);
        Assert.False(resolution.DueRequestedByCustomer);
    }

    [Fact]
    public void Apply_AssessedWithoutRefusal_KeepsTheCustomersDate()
    {
        var before = _engine.Start(Received(new DateOnly(2026, 4, 30)), SlaRules.Default, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Major) }, CaseAction.Assess, At(4, 26, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(4, 30, 17, 30), resolution.Due);
        Assert.True(resolution.DueRequestedByCustomer);
    }

    [Fact]
    public void Apply_ShorterSeverityTargetThanTheCustomersDate_TheEarlierDeadlineBinds()
    {
        var rules = SlaRules.Default with { BySeverity = new Dictionary<Severity, SeverityTargets>(SlaRules.Default.BySeverity) { [Severity.Serious] = new("PT4H", 3, 1) } };
        var before = _engine.Start(Received(new DateOnly(2026, 4, 30)), rules, 1);

        var after = _engine.Apply(before, before with { Assessment = Assessment(Severity.Serious) }, CaseAction.Assess, At(4, 26, 9, 0));

        // One working day from receipt is the make-up Sunday, earlier than the customer's Thursday.
        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(4, 26, 17, 30), resolution.Due);
        Assert.False(resolution.DueRequestedByCustomer);
    }

    [Fact]
    public void Apply_RefusedAtTriage_ReturnsToTheDefaultWithFreshReminders()
    {
        var before = _engine.Start(Received(new DateOnly(2026, 4, 30)), SlaRules.Default, 1);
        var refused = before with { Assessment = Assessment(Severity.Minor), RequestedDeadlineRefusal = Refusal() };

        var after = _engine.Apply(before, refused, CaseAction.Assess, At(4, 26, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 4, 17, 30), resolution.Due);
        Assert.False(resolution.DueRequestedByCustomer);
        Assert.Null(resolution.MissedDue);
        Assert.Empty(resolution.RemindersSent);
    }

    [Fact]
    public void Apply_RefusedAfterTheCustomersDatePassed_KeepsTheMiss()
    {
        var before = _engine.Start(Received(new DateOnly(2026, 4, 26)), SlaRules.Default, 1);
        var refused = before with { Assessment = Assessment(Severity.Minor), RequestedDeadlineRefusal = Refusal() };

        var after = _engine.Apply(before, refused, CaseAction.Assess, At(4, 29, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 4, 17, 30), resolution.Due);
        Assert.Equal(At(4, 26, 17, 30), resolution.MissedDue);
    }

    [Fact]
    public void Apply_DateAgreedLater_ReplacesTheCustomersDate()
    {
        var before = _engine.Start(Received(new DateOnly(2026, 4, 30)), SlaRules.Default, 1);
        var agreed = before with { AgreedDeadline = new AgreedDeadline(new DateOnly(2026, 5, 8), "Parts from the supplier", "qe", At(4, 26, 9, 0)) };

        var after = _engine.Apply(before, agreed, CaseAction.SetAgreedDeadline, At(4, 26, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 8, 17, 30), resolution.Due);
        Assert.True(resolution.DueAgreedWithCustomer);
        Assert.False(resolution.DueRequestedByCustomer);
    }

    private static CaseRecord Received(DateOnly requested)
    {
        var complaint = CaseSamples.Complaint();
        return complaint with { ReceivedAt = At(4, 24, 17, 50), UpdatedAt = At(4, 24, 17, 50), Subject = complaint.Subject with { RequestedDeadline = requested } };
    }

    private static RequestedDeadlineRefusal Refusal() => new(new DateOnly(2026, 5, 8), "The supplier's parts arrive on 6 May.", "clerk", At(4, 26, 9, 0));

    private static Assessment Assessment(Severity severity) =>
        new(Validity.Valid, null, null, Category.ProductQuality, severity, ImmediateAction.None, null, "clerk", At(4, 26, 9, 0));
}
