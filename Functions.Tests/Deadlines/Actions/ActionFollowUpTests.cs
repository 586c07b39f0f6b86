using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Actions;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Actions;

/// <summary>
/// Two actions due Friday 20 March: C1 owned by a sales engineer, P1 by an outside supplier. Owners are reminded
/// before the due date and their department head hears once when an action is late (docs/procedure.md §6).
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ActionFollowUpTests : AppTest
{
    private static readonly DateOnly Due = new(2026, 3, 20);

    [Fact]
    public async Task FollowUp_ActionsNotDone_RemindsTheOwnersThenTellsTheirHeadsOnce()
    {
        var number = await ApprovedAsync();

        // Three days before the due date (the default); the outside owner is chased through the handler.
        await FollowUpAtAsync(At(3, 16, 9, 0));
        Assert.Empty(await App.MailsAsync("action-reminder"));
        await FollowUpAtAsync(At(3, 17, 9, 0));
        await FollowUpAtAsync(At(3, 18, 9, 0));
        var reminders = await App.MailsAsync("action-reminder");
        Assert.Equal(["qe@example.com", "srep@example.com"], reminders.Select(m => m.Recipient()).Order(StringComparer.Ordinal));
        Assert.Contains("is due 20 Mar 2026, 17:30", reminders[0].Text, StringComparison.Ordinal);
        Assert.Contains("C1 Add pump calibration to WI-07", reminders.Single(m => m.Recipient() == "srep@example.com").Text, StringComparison.Ordinal);

        // Late once the due date's working hours are over: the sales engineer's head, and the case's head for the supplier.
        await FollowUpAtAsync(At(3, 20, 17, 0));
        Assert.Empty(await App.MailsAsync("action-overdue"));
        await FollowUpAtAsync(At(3, 23, 9, 0));
        await FollowUpAtAsync(At(3, 24, 9, 0));
        var late = await App.MailsAsync("action-overdue");
        Assert.Equal(["qe@example.com", "qhead@example.com", "shead@example.com", "srep@example.com"], late.Select(m => m.Recipient()).Distinct().Order(StringComparer.Ordinal));
        Assert.Single(late, m => m.Recipient() == "shead@example.com");

        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        Assert.Single(history, e => e.Action == "remindDeadline");
        Assert.Single(history, e => e.Action == "escalateDeadline");
    }

    [Fact]
    public async Task FollowUp_ActionDoneOrCarriedOver_NoLongerChased()
    {
        var number = await ApprovedAsync();
        await App.DoAsync(number, new SendToCustomerCommand(null), CaseSamples.QualityEngineer);
        await App.DoAsync(number, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.Phone, null), CaseSamples.QualityEngineer);
        await App.DoAsync(number, new StartActionsCommand(), CaseSamples.QualityEngineer);
        App.Clock.SetUtcNow(At(3, 10, 10, 0));
        await App.DoAsync(number, new UpdateActionCommand("C1", ActionStatus.Done, "WI-07 rev C"), CaseSamples.QualityEngineer);
        await App.DoAsync(number, new UpdateActionCommand("P1", ActionStatus.Planned, null, "QP-12 supplier audit", "The supplier audit is planned for Q3"), CaseSamples.QualityEngineer);

        await FollowUpAtAsync(At(3, 18, 9, 0));
        await FollowUpAtAsync(At(3, 24, 9, 0));

        Assert.Empty(await App.MailsAsync("action-reminder"));
        Assert.Empty(await App.MailsAsync("action-overdue"));
        Assert.Empty((await App.CaseAsync(number)).Sla.Actions);
    }

    private async Task<string> ApprovedAsync()
    {
        await App.AddPeopleAsync();
        await App.AddStaffAsync("srep", "sales", "en");
        await App.AddStaffAsync("shead", "sales", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);
        await App.DoAsync(number, new StartInvestigationCommand(), CaseSamples.QualityEngineer);
        await App.DoAsync(number, CaseSamples.CompleteInvestigation(), CaseSamples.QualityEngineer);
        var proposal = CaseSamples.Proposal() with
        {
            CorrectiveActions = [new CapaActionInput("Add pump calibration to WI-07", "srep", Due)],
            PreventiveActions = [new CapaActionInput("Audit the pump supplier", "Pump Supplier Ltd", Due, "Mr Xu, +86 21 5555 0100")],
        };
        await App.DoAsync(number, proposal, CaseSamples.QualityEngineer);
        await App.DoAsync(number, new ApproveCommand(ApprovalMeaning.Approved, null), CaseSamples.QualityHead);
        return number;
    }

    private Task FollowUpAtAsync(DateTimeOffset at) => App.FireTimerAtAsync(ActionFollowUpFunction.Name, at);
}
