using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Sweep;

/// <summary>
/// A customer who needs an answer by Thursday 30 April, earlier than the five working days (Monday 4 May) the
/// policy gives a case received Friday 24 April 17:50 in the May Day week (docs/procedure.md §7, §14.4).
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerDeadlineSweepTests : AppTest
{
    private static readonly DateOnly Thursday = new(2026, 4, 30);

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(4, 24, 17, 50));

    [Fact]
    public async Task Sweep_CustomersDateEarlierThanTheDefault_RemindsThenEscalatesTheHandlerAndFirstReceiverAgainstIt()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync(requestedDeadline: Thursday);
        await App.AssessAsync(number);
        Assert.Equal(At(4, 30, 17, 30), (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Resolution)!.Due);

        // One working day before the customer's date falls at Wednesday 17:30, after hours: the handler hears on Thursday morning.
        await App.SweepAtAsync(At(4, 30, 8, 35));
        var reminder = Assert.Single(await App.MailsAboutAsync(EscalationLadder.ReminderTemplate, "resolution"));
        Assert.Equal("qe@example.com", reminder.Recipient());
        Assert.Contains("30 Apr 2026, 17:30", reminder.Subject, StringComparison.Ordinal);

        // Past the customer's date, the next working morning: the handler and the first receiver, who shares the responsibility.
        await App.SweepAtAsync(At(5, 1, 8, 40));
        var escalations = await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "resolution");
        Assert.Equal(["clerk@example.com", "qe@example.com"], escalations.Select(m => m.Recipient()).Order());

        // The handler's list marks the case: the customer's date is its resolution deadline.
        var handler = await App.SignInAsync("qe");
        var list = await handler.GetFromJsonAsync<JsonElement>("/api/staff/cases?open=true");
        var row = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number);
        Assert.Equal("2026-04-30", row.GetProperty("customerDeadline").GetString());
    }

    [Fact]
    public async Task Sweep_CustomersDateRefusedAtTriage_ChasesTheDefaultDeadlineInstead()
    {
        await PrepareAsync();
        var number = await App.RegisterAsync(requestedDeadline: Thursday);
        App.Clock.SetUtcNow(At(4, 26, 9, 0));
        var refusal = new RefuseRequestedDeadlineInput("The supplier's parts arrive on 5 May.", new DateOnly(2026, 5, 7));
        await App.DoAsync(number, CaseSamples.ValidAssessment() with { HandlerId = "qe", RefuseRequestedDeadline = refusal }, CaseSamples.Clerk);

        var resolution = (await App.CaseAsync(number)).Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 4, 17, 30), resolution.Due);
        Assert.False(resolution.DueRequestedByCustomer);

        // The customer is told why, with the date proposed instead, in their language.
        var told = Assert.Single(await App.MailsAsync(RequestedDeadlines.RefusedTemplate));
        Assert.Equal("chen@example.com", told.Recipient());
        Assert.Contains("The supplier's parts arrive on 5 May.", told.Text, StringComparison.Ordinal);
        Assert.Contains("7 May 2026", told.Text, StringComparison.Ordinal);

        // Thursday passes without escalation against the refused date.
        await App.SweepAtAsync(At(5, 1, 8, 40));
        Assert.Empty(await App.MailsAboutAsync(EscalationLadder.EscalationTemplate, "resolution"));
    }

    private async Task PrepareAsync()
    {
        await App.AddPeopleAsync();
        await App.UseCalendarAsync(MayDayWeek);
    }
}
