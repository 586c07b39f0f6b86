using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sweep;

/// <summary>
/// The deadline sweep through the whole app on Azurite, stepping the clock through the May Day week: a case
/// received Friday 24 April 17:50, Monday and Tuesday off, Sunday worked.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class DeadlineSweepTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(4, 24, 17, 50));

    [Fact]
    public async Task Register_FridayEveningBeforeTheHolidayWithAMakeUpSunday_ShowsEachDeadlineInWorkingTime()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        App.Clock.SetUtcNow(At(4, 26, 9, 30));

        var admin = await App.SignInAsync("qhead");
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/staff/cases/{number}");

        var deadlines = detail.GetProperty("deadlines").EnumerateArray().ToDictionary(d => d.GetProperty("kind").GetString()!);

        // 12 working hours: the 8 of the make-up Sunday, then 4 on Wednesday; 5 working days: Sun, Wed, Thu, Fri, Mon.
        Assert.Equal(At(4, 29, 13, 30), deadlines["firstResponse"].GetProperty("due").GetDateTimeOffset());
        Assert.Equal(At(5, 4, 17, 30), deadlines["resolution"].GetProperty("due").GetDateTimeOffset());

        // Sunday 09:30: one working hour has passed since 08:30.
        Assert.Equal(11.0, deadlines["firstResponse"].GetProperty("workingHoursLeft").GetDouble());
        Assert.False(deadlines["firstResponse"].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Sweep_SteppingThroughTheWeek_RemindsThenEscalatesEachLevelOnceToTheRightPeopleInWorkingHours()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);

        // Friday night, Saturday, Sunday morning: nothing is due yet.
        await SweepAtAsync(At(4, 24, 18, 0));
        await SweepAtAsync(At(4, 26, 13, 25));
        Assert.Empty(await MailsAboutAsync(EscalationLadder.ReminderTemplate, "firstResponse"));

        // One working day before the first response (Sunday 13:30): the handler, who owns the case, in English.
        await SweepAtAsync(At(4, 26, 13, 35));
        await App.FireTimerAsync(DeadlineSweepFunction.Name);
        var firstReminder = Assert.Single(await MailsAboutAsync(EscalationLadder.ReminderTemplate, "firstResponse"));
        Assert.Equal("qe@example.com", firstReminder.Recipient());
        Assert.Contains("Reminder: First response due 29 Apr 2026, 13:30", firstReminder.Subject, StringComparison.Ordinal);

        // Two working hours before (Wednesday 10:30).
        await SweepAtAsync(At(4, 29, 10, 35));
        Assert.Equal(2, (await MailsAboutAsync(EscalationLadder.ReminderTemplate, "firstResponse")).Count);

        // Level 1 when the deadline passes (Wednesday 13:30): handler and first receiver, each in their language.
        await SweepAtAsync(At(4, 29, 13, 35));
        var level1 = await MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse");
        Assert.Equal(["clerk@example.com", "qe@example.com"], level1.Select(m => m.Recipient()).Order());
        Assert.Contains("已逾期：首次答复", level1.Single(m => m.Recipient() == "clerk@example.com").Subject, StringComparison.Ordinal);
        Assert.Contains("Overdue: First response", level1.Single(m => m.Recipient() == "qe@example.com").Subject, StringComparison.Ordinal);
        Assert.Contains("passed on 29 Apr 2026, 13:30", level1.Single(m => m.Recipient() == "qe@example.com").Text, StringComparison.Ordinal);

        // Level 2 is four working hours later, which falls at 17:35: not in the evening, nor at night, but next morning.
        await SweepAtAsync(At(4, 29, 17, 35));
        await SweepAtAsync(At(4, 29, 23, 0));
        Assert.Equal(2, (await MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse")).Count);
        await SweepAtAsync(At(4, 30, 8, 40));
        var level2 = New(await MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse"), level1);
        var head = Assert.Single(level2);
        Assert.Equal("qhead@example.com", head.Recipient());
        Assert.Contains("已逾期：首次答复", head.Subject, StringComparison.Ordinal);

        // Level 3 one working day after level 2 went out: deputy GM and GM.
        await SweepAtAsync(At(4, 30, 17, 25));
        Assert.Equal(3, (await MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse")).Count);
        await SweepAtAsync(At(5, 1, 8, 45));
        await App.FireTimerAsync(DeadlineSweepFunction.Name);
        var level3 = New(await MailsAboutAsync(EscalationLadder.EscalationTemplate, "firstResponse"), [.. level1, .. level2]);
        Assert.Equal(["dgm@example.com", "gm@example.com"], level3.Select(m => m.Recipient()).Order());
        Assert.Contains("Overdue: First response", level3.Single(m => m.Recipient() == "dgm@example.com").Subject, StringComparison.Ordinal);

        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        var chased = history.Where(e => e.Action is "remindDeadline" or "escalateDeadline" && e.Comment!.Contains("first response", StringComparison.Ordinal)).ToList();
        Assert.Equal(["remindDeadline", "remindDeadline", "escalateDeadline", "escalateDeadline", "escalateDeadline"], chased.Select(e => e.Action));
        Assert.All(chased, e => Assert.Contains("first response deadline", e.Comment, StringComparison.Ordinal));
        Assert.Contains("Reminder P1D", chased[0].Comment, StringComparison.Ordinal);
        Assert.Contains("Escalation level 3 (deputy GM and GM)", chased[^1].Comment, StringComparison.Ordinal);
        Assert.Equal(3, (await App.CaseAsync(number)).Sla.Find(DeadlineKind.FirstResponse)!.EscalationLevel);
    }

    [Fact]
    public async Task Sweep_CaseWaitingForTheCustomer_DoesNotEscalateUntilItResumes()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);
        App.Clock.SetUtcNow(At(4, 26, 10, 0));
        await App.DoAsync(number, new WaitForCustomerCommand("Photos of the batch label, please."), CaseSamples.QualityEngineer);

        // Long past every deadline, still waiting: nothing is chased, and nothing is left to read.
        await SweepAtAsync(At(5, 6, 10, 0));
        Assert.Empty(await MailsAboutAsync(EscalationLadder.EscalationTemplate, "resolution"));
        Assert.Empty(await MailsAboutAsync(EscalationLadder.ReminderTemplate, "resolution"));
        Assert.Empty(await DueRowsAsync(At(5, 6, 10, 0)));

        // Resumed with the 38.5 working hours the resolution had left, it is chased again once they are used up.
        await App.DoAsync(number, new ResumeFromCustomerCommand("Photos arrived."), CaseSamples.QualityEngineer);
        await SweepAtAsync(At(5, 11, 10, 0));
        Assert.Empty(await MailsAboutAsync(EscalationLadder.EscalationTemplate, "resolution"));
        await SweepAtAsync(At(5, 13, 10, 0));
        Assert.Equal(["clerk@example.com", "qe@example.com"], (await MailsAboutAsync(EscalationLadder.EscalationTemplate, "resolution")).Select(m => m.Recipient()).Order());
    }

    [Fact]
    public async Task Sweep_SeriousCaseAtNightOnAHoliday_EscalatesAtOnceAndTellsThePersonOnDuty()
    {
        await PrepareAsync(new OnDutyAssignment(new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 28), "duty"));
        var number = await App.RegisterAsync();
        App.Clock.SetUtcNow(At(4, 26, 9, 0));
        await App.AssessAsync(number, Severity.Serious);

        // Serious: four working hours from Sunday 08:30 end at 13:30 Sunday. At 22:00 on the Monday holiday level 1 goes out at once.
        await SweepAtAsync(At(4, 27, 22, 0));
        var escalations = await App.MailsAsync(EscalationLadder.EscalationTemplate);
        Assert.Equal(["clerk@example.com", "duty@example.com", "qe@example.com"], escalations.Select(m => m.Recipient()).Order());
    }

    [Fact]
    public async Task Sweep_RunTwiceOrRetried_SendsNothingTwice()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);
        App.Clock.SetUtcNow(At(4, 29, 13, 35));

        using var one = App.Scope();
        using var two = App.Scope();
        await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<DeadlineSweepFunction>().SweepAsync(CancellationToken.None),
            two.ServiceProvider.GetRequiredService<DeadlineSweepFunction>().SweepAsync(CancellationToken.None));
        await App.FireTimerAsync(DeadlineSweepFunction.Name);

        // Both reminders were due and overtaken by the deadline: one escalation event, its two mails, no reminder.
        Assert.Equal(2, (await App.MailsAsync(EscalationLadder.EscalationTemplate)).Count);
        Assert.Empty(await App.MailsAsync(EscalationLadder.ReminderTemplate));
        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        Assert.Single(history, e => e.Action == "escalateDeadline");
    }

    [Fact]
    public async Task Sweep_RowsLeftBehind_AreRemovedWithoutChasingAnything()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);
        await App.DoAsync(number, new WithdrawCommand("The customer found the cause themselves."), CaseSamples.QualityHead);
        var schedule = Schedule();
        await schedule.UpsertEntityAsync(ScheduleRows.Create(DeadlineScheduleRows.Kind, At(4, 24, 18, 0), number));
        await schedule.UpsertEntityAsync(ScheduleRows.Create(DeadlineScheduleRows.Kind, At(4, 24, 18, 0), "FB-202604-0999"));

        var report = await SweepReportAtAsync(At(4, 29, 14, 0));

        Assert.Equal(2, report.DueRows);
        Assert.Equal(0, report.Changes);
        Assert.Empty(await DueRowsAsync(At(4, 29, 14, 0)));
        Assert.Empty(await App.MailsAsync(EscalationLadder.EscalationTemplate));
    }

    [Fact]
    public async Task Sweep_SundayMadeADayOffAfterItsReminderWasScheduled_SendsNothingThenAndLooksAgainWhenOneIsDue()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);

        // Sunday stops being a working day after the case was scheduled for its Sunday 13:30 reminder.
        await App.UseCalendarAsync(MayDayWeek with { MakeUpWorkdays = [] });
        var report = await SweepReportAtAsync(At(4, 26, 13, 35));

        // Outside working time a general case waits; in the new calendar its next reminder is two working hours before the deadline.
        Assert.Equal(1, report.Snoozed);
        Assert.Empty(await App.MailsAsync(EscalationLadder.ReminderTemplate));
        var row = Assert.Single(await DueRowsAsync(At(4, 30, 0, 0)));
        Assert.Equal(At(4, 29, 10, 30), row.GetDateTimeOffset("Due"));

        await SweepAtAsync(At(4, 29, 10, 35));
        Assert.Equal("qe@example.com", Assert.Single(await App.MailsAsync(EscalationLadder.ReminderTemplate)).Recipient());
        Assert.Equal(At(4, 29, 13, 30), Assert.Single(await DueRowsAsync(At(4, 30, 0, 0))).GetDateTimeOffset("Due"));
    }

    [Fact]
    public async Task Sweep_PendingWorkPastItsGrace_IsFinished()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync();
        var note = new PendingWork(number, 1, "stopped", []).ToEntity(App.Clock.GetUtcNow());
        await Schedule().UpsertEntityAsync(note);

        await SweepAtAsync(App.Clock.GetUtcNow() + PendingWork.Grace + TimeSpan.FromMinutes(1));

        Assert.Null(await Schedule().GetEntityAsync(note.PartitionKey, note.RowKey));

        // The registration's mails were dispatched again under the same ids: still one receipt.
        Assert.Single(await App.MailsAsync("receipt"));
    }

    private async Task PrepareAsync(params OnDutyAssignment[] onDuty)
    {
        await App.AddPeopleAsync();
        await App.UseCalendarAsync(MayDayWeek, onDuty);
        await App.UseWorkingTimeFirstResponseAsync();
    }

    private async Task SweepAtAsync(DateTimeOffset at) => await SweepReportAtAsync(at);

    private async Task<SweepReport> SweepReportAtAsync(DateTimeOffset at)
    {
        App.Clock.SetUtcNow(at);
        using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineSweepFunction>().SweepAsync(CancellationToken.None);
    }

    // Every valid complaint also has an investigation report deadline, chased by the same ladder: keep to one deadline.
    private async Task<List<DecodedMail>> MailsAboutAsync(string template, string deadline) =>
        [.. (await App.MailsAsync(template)).Where(m => Texts.Languages.Any(l => m.Subject.Contains(Texts.Instance.For(l)[$"deadline.{deadline}"], StringComparison.Ordinal)))];

    /// <summary>The mails not among <paramref name="seen"/> (compared by Message-ID, which names case, version and recipient).</summary>
    private static List<DecodedMail> New(IReadOnlyList<DecodedMail> all, IReadOnlyList<DecodedMail> seen) =>
        [.. all.Where(m => !seen.Any(s => s.MessageId == m.MessageId))];

    private ITableClient Schedule() => App.ScheduleTable();

    private Task<List<TableEntity>> DueRowsAsync(DateTimeOffset at) => App.DueRowsAsync(DeadlineScheduleRows.Kind, at);
}
