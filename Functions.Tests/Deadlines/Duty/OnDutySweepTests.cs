using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Duty;

/// <summary>
/// Holiday duty (docs/procedure.md §3, §14.3) with the default policy: a complaint phoned in on Saturday 25 April at
/// 22:00, an ordinary weekend (Monday to Friday working), the weekly rota naming "duty" for Saturday and Sunday. The
/// first response is due twelve elapsed hours later, Sunday 10:00.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class OnDutySweepTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(4, 25, 22, 0));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddPeopleAsync();
        await App.UseWeeklyRotaAsync(new WeeklyDuty(DayOfWeek.Saturday, "duty"), new WeeklyDuty(DayOfWeek.Sunday, "duty"));
    }

    [Fact]
    public async Task Register_SaturdayNight_TellsThePersonOnDutyAndChasesThemWithinTheElapsedWindow()
    {
        var number = await App.RegisterAsync();

        var told = await App.MailsAsync("new-case");
        Assert.Contains(told, m => m.Recipient() == "duty@example.com");
        var firstResponse = (await App.CaseAsync(number)).Sla.Find(DeadlineKind.FirstResponse)!;
        Assert.Equal(At(4, 26, 10, 0), firstResponse.Due);
        Assert.True(firstResponse.Elapsed);

        // Two hours before, Sunday 08:00, and at the deadline: the person on duty, not the clerk who is off.
        await App.SweepAtAsync(At(4, 26, 8, 5));
        var reminder = Assert.Single(await App.MailsAboutAsync(EscalationLadder.ReminderTemplate, "firstResponse"));
        Assert.Equal("duty@example.com", reminder.Recipient());
        await App.SweepAtAsync(At(4, 26, 10, 5));
        var escalation = Assert.Single(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse"));
        Assert.Equal("duty@example.com", escalation.Recipient());

        // Nothing working-time is chased on Sunday: triage and resolution wait for Monday.
        Assert.Empty(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "triage"));
    }

    [Fact]
    public async Task Register_SaturdayNightAnsweredInTime_ChasesNobody()
    {
        var number = await App.RegisterAsync();
        App.Clock.SetUtcNow(At(4, 26, 7, 0));
        await App.DoAsync(number, new Serverless.Feedback.Cases.Workflow.RecordFirstResponseCommand("phone", "Called back; samples on their way."), CaseSamples.Clerk);

        await App.SweepAtAsync(At(4, 26, 10, 5));

        Assert.Empty(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse"));
        Assert.Equal(At(4, 26, 7, 0), (await App.CaseAsync(number)).Sla.Find(DeadlineKind.FirstResponse)!.MetAt);
    }

    [Fact]
    public async Task Assess_SeriousSaturdayNight_ReachesThePersonOnDutyAndTheDeputyGmWithinTwoHours()
    {
        var number = await App.RegisterAsync();
        await App.SendMailAsync();
        App.Clock.SetUtcNow(At(4, 25, 23, 10));

        await App.DoAsync(number, CaseSamples.ValidAssessment(Severity.Serious) with { HandlerId = "qe" }, CaseSamples.Clerk);

        var severe = await App.MailsAsync("severe-case");
        Assert.Contains(severe, m => m.Recipient() == "duty@example.com");
        Assert.Contains(severe, m => m.Recipient() == "dgm@example.com");
        Assert.True(App.Clock.GetUtcNow() - At(4, 25, 22, 0) < TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Register_InWorkingHours_NamesNobodyOnDuty()
    {
        App.Clock.SetUtcNow(At(4, 27, 10, 0));

        var number = await App.RegisterAsync();

        Assert.Null((await App.CaseAsync(number)).Assignment.OnDutyId);
        Assert.DoesNotContain(await App.MailsAsync("new-case"), m => m.Recipient() == "duty@example.com");
    }
}
