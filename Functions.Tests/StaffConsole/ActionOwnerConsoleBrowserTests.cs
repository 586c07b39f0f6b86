using Microsoft.Playwright;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// The console shows who owns each corrective and preventive action (a colleague, or an outside party with a
/// contact), the remedial action's evidence, and carries a preventive action over to a follow-up action.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class ActionOwnerConsoleBrowserTests : SubmittedComplaintTest
{
    private static readonly Actor Clerk = new(ActorKind.Staff, "li.na", "li.na", "service", [StaffRole.Staff]);
    private static readonly Actor Head = new(ActorKind.Staff, "chen.jie", "chen.jie", "service", [StaffRole.Staff, StaffRole.DepartmentHead]);

    protected override Task AddMoreStaffAsync() => App.AddStaffAsync("wang.fang", "service", "en");

    [Fact]
    public async Task ActionsInProgress_OwnersEvidenceAndCarryOver_ShownAndAccessible()
    {
        await ActionsInProgressAsync();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, Number);

        await Assertions.Expect(page.GetByTestId("owner-C1")).ToHaveTextAsync("wang.fang");
        await Assertions.Expect(page.GetByTestId("owner-P1")).ToContainTextAsync("Pump Supplier Ltd");
        await Assertions.Expect(page.GetByTestId("owner-P1")).ToContainTextAsync("Outside party · Mr Xu, +86 21 5555 0100");
        await Assertions.Expect(page.GetByTestId("evidence-R1")).ToHaveTextAsync("Shipment SF-1234567");
        await ConsoleSession.AssertAccessibleAsync(page);

        var dialog = await ConsoleSession.OpenActionAsync(page, "actionStatus");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-actionId"), "P1 · Preventive actions — Audit the pump supplier (Planned)");
        await dialog.GetByTestId("field-carryOver").ClickAsync();
        await dialog.GetByTestId("field-carryOverTo").FillAsync("QP-12 supplier audit");
        await dialog.GetByTestId("field-carryOverReason").FillAsync("The supplier audit is planned for the third quarter.");
        await ConsoleSession.AssertAccessibleAsync(page);
        await dialog.GetByTestId("dialog-submit").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("evidence-P1")).ToContainTextAsync("Carried over to QP-12 supplier audit: The supplier audit is planned for the third quarter.");
        var stored = (await App.Get<CaseStore>().GetAsync(Number, CancellationToken.None))!.Case;
        Assert.Equal("QP-12 supplier audit", stored.Resolution!.PreventiveActions.Single().CarriedOver!.FollowUpAction);
    }

    [Fact]
    public async Task ResolutionDialog_OutsideOwner_AsksForTheirContactAndStaysAccessible()
    {
        await InvestigatedAsync();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, Number);

        var dialog = await ConsoleSession.OpenActionAsync(page, "resolution");
        await dialog.GetByTestId("add-preventive").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("field-preventive-owner-0")).ToBeVisibleAsync();
        await dialog.GetByTestId("field-preventive-outside-0").GetByText("Outside party").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("field-preventive-contact-0")).ToBeVisibleAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
    }

    private async Task InvestigatedAsync()
    {
        var service = App.Get<CaseService>();
        await service.ExecuteAsync(Number, CaseSamples.ValidAssessment() with { Department = "service", HandlerId = "li.na" }, Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new StartInvestigationCommand(), Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, CaseSamples.CompleteInvestigation() with { ResponsibleDepartment = null }, Clerk, null, CancellationToken.None);
    }

    private async Task ActionsInProgressAsync()
    {
        await InvestigatedAsync();
        var service = App.Get<CaseService>();
        var due = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(20);
        var proposal = CaseSamples.Proposal() with
        {
            CorrectiveActions = [new CapaActionInput("Add pump calibration to WI-07", "wang.fang", due)],
            PreventiveActions = [new CapaActionInput("Audit the pump supplier", "Pump Supplier Ltd", due, "Mr Xu, +86 21 5555 0100")],
        };
        await service.ExecuteAsync(Number, proposal, Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new ApproveCommand(ApprovalMeaning.Approved, null), Head, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new SendToCustomerCommand(null), Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.Phone, null), Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new StartActionsCommand(), Clerk, null, CancellationToken.None);
        await service.ExecuteAsync(Number, new UpdateActionCommand("R1", ActionStatus.Done, "Shipment SF-1234567"), Clerk, null, CancellationToken.None);
        await App.SettleAsync();
    }
}
