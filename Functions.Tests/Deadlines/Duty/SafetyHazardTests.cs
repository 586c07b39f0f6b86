using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Duty;

/// <summary>
/// 安全隐患2小时内逐级上报 (docs/procedure.md §14.3) with the default policy: Monday to Friday working, the weekly rota naming
/// "duty" for Saturday and Sunday. A complaint reporting a safety hazard reaches the deputy GM and the person on duty at
/// registration, and its triage clock gives two elapsed hours, chased at any hour.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SafetyHazardTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(4, 25, 22, 0));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddPeopleAsync();
        await App.UseWeeklyRotaAsync(new WeeklyDuty(DayOfWeek.Saturday, "duty"), new WeeklyDuty(DayOfWeek.Sunday, "duty"), new WeeklyDuty(DayOfWeek.Tuesday, "qe"));
    }

    [Fact]
    public async Task Register_SafetyHazardSaturdayNight_TellsThePersonOnDutyAndTheDeputyGmAtOnce()
    {
        var number = await App.RegisterAsync(safetyHazard: true);

        var told = await App.MailsAsync("safety-case");
        Assert.Equal(["dgm@example.com", "duty@example.com"], told.Select(m => m.Recipient()).Order());
        Assert.All(told, m => Assert.Contains(number, m.Subject, StringComparison.Ordinal));

        // One mail each: the person on duty hears of it as a safety hazard, not twice as a new case too.
        Assert.DoesNotContain(await App.MailsAsync("new-case"), m => m.Recipient() == "duty@example.com");
        var triage = (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Triage)!;
        Assert.True(triage.Elapsed);
        Assert.Equal(At(4, 26, 0, 0), triage.Due);
    }

    [Fact]
    public async Task Sweep_SafetyHazardNotTriagedWithinTwoHours_EscalatesAtNightToTheReceiverAndThePersonOnDuty()
    {
        var number = await App.RegisterAsync(safetyHazard: true);

        await App.SweepAtAsync(At(4, 25, 23, 50));
        Assert.Empty(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "triage"));

        await App.SweepAtAsync(At(4, 26, 0, 5));
        var escalated = await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "triage");
        Assert.Equal(["clerk@example.com", "duty@example.com"], escalated.Select(m => m.Recipient()).Order());

        // The next level follows the ladder in elapsed time, Sunday included: the desk's head four hours later.
        await App.SweepAtAsync(At(4, 26, 4, 5));
        Assert.Equal(2, (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Triage)!.EscalationLevel);
    }

    [Fact]
    public async Task Sweep_SafetyHazardTriagedInTime_ChasesNobody()
    {
        var number = await App.RegisterAsync(safetyHazard: true);
        App.Clock.SetUtcNow(At(4, 25, 23, 30));
        await App.DoAsync(number, CaseSamples.ValidAssessment(Severity.Minor) with { HandlerId = "qe" }, CaseSamples.Clerk);

        await App.SweepAtAsync(At(4, 26, 0, 5));

        Assert.Empty(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "triage"));
        Assert.Equal(At(4, 25, 23, 30), (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Triage)!.MetAt);
    }

    [Fact]
    public async Task Register_SafetyHazardInWorkingHours_ReachesThePersonTheRotaNamesForThatDay()
    {
        App.Clock.SetUtcNow(At(4, 28, 10, 0));

        var number = await App.RegisterAsync(safetyHazard: true);

        var stored = await App.CaseAsync(number);
        Assert.Equal("qe", stored.Assignment.OnDutyId);
        Assert.Equal(["dgm@example.com", "qe@example.com"], (await App.MailsAsync("safety-case")).Select(m => m.Recipient()).Order());
        Assert.Equal(At(4, 28, 12, 0), stored.Sla.Find(DeadlineKind.Triage)!.Due);
    }

    [Fact]
    public async Task Register_SafetyHazardOnADayTheRotaLeavesOpen_StillReachesTheDeputyGm()
    {
        App.Clock.SetUtcNow(At(4, 27, 10, 0));

        var number = await App.RegisterAsync(safetyHazard: true);

        Assert.Null((await App.CaseAsync(number)).Assignment.OnDutyId);
        Assert.Equal("dgm@example.com", Assert.Single(await App.MailsAsync("safety-case")).Recipient());
    }

    [Fact]
    public async Task Register_WithoutSafetyHazard_KeepsTheOrdinaryTriageClockAndTellsNoManager()
    {
        App.Clock.SetUtcNow(At(4, 27, 10, 0));

        var number = await App.RegisterAsync();

        Assert.Empty(await App.MailsAsync("safety-case"));
        var triage = (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Triage)!;
        Assert.False(triage.Elapsed);
        Assert.Equal(At(4, 27, 15, 0), triage.Due);
    }
}
