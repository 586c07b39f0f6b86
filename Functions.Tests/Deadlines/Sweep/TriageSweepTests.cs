using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sweep;

/// <summary>
/// A web complaint nobody classifies (docs/procedure.md §14.5): received Friday 24 April 17:50, triage due after four working
/// hours of the make-up Sunday. The complaint desk (service: clerk and its head, desk.head) is chased.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class TriageSweepTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(4, 24, 17, 50));

    [Fact]
    public async Task Sweep_WebComplaintNotTriaged_RemindsTheDeskThenEscalatesToTheDesksHead()
    {
        await PrepareAsync();
        await App.RegisterAsync(firstReceiver: null);

        // Two working hours before (Sunday 10:30, the lunch hour skipped): the complaint desk, which holds the case.
        await App.SweepAtAsync(At(4, 26, 11, 35));
        var reminders = await MailsAboutTriageAsync(EscalationLadder.ReminderTemplate);
        Assert.Equal(["clerk@example.com", "desk.head@example.com"], reminders.Select(m => m.Recipient()).Order());

        // Due Sunday 13:30: the desk again; four working hours later (17:30, end of the day) the next working morning, its head.
        await App.SweepAtAsync(At(4, 26, 13, 35));
        var level1 = await MailsAboutTriageAsync(EscalationLadder.EscalationTemplate);
        Assert.Equal(["clerk@example.com", "desk.head@example.com"], level1.Select(m => m.Recipient()).Order());
        await App.SweepAtAsync(At(4, 29, 8, 40));
        var level2 = (await MailsAboutTriageAsync(EscalationLadder.EscalationTemplate)).Where(m => !level1.Any(s => s.MessageId == m.MessageId)).ToList();
        Assert.Equal("desk.head@example.com", Assert.Single(level2).Recipient());
        Assert.Contains("Overdue: Triage", level2[0].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_TriagedInTime_ChasesNothingForTriage()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync(firstReceiver: null);
        App.Clock.SetUtcNow(At(4, 26, 10, 0));
        await App.AssessAsync(number);

        await App.SweepAtAsync(At(4, 29, 8, 40));

        Assert.Empty(await MailsAboutTriageAsync(EscalationLadder.ReminderTemplate));
        Assert.Empty(await MailsAboutTriageAsync(EscalationLadder.EscalationTemplate));
        Assert.Equal(At(4, 26, 10, 0), (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Triage)!.MetAt);
    }

    [Fact]
    public async Task Assess_Routed_TellsTheResponsibleDepartmentAtOnce()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync(firstReceiver: null);
        await App.SendMailAsync();

        await App.DoAsync(number, CaseSamples.ValidAssessment(), CaseSamples.Clerk);

        var told = await App.MailsAsync("case-assigned");
        Assert.Equal(["qe@example.com", "qhead@example.com"], told.Select(m => m.Recipient()).Order());
    }

    private async Task PrepareAsync()
    {
        await App.AddPeopleAsync();
        await App.AddStaffAsync("desk.head", "service", "en", StaffRole.Staff, StaffRole.DepartmentHead);
        await App.UseCalendarAsync(MayDayWeek);
    }

    private Task<List<DecodedMail>> MailsAboutTriageAsync(string template) => App.MailsAboutAsync(template, "triage");
}
