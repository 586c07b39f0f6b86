using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>Preventive actions are done or carried over before closure; actions have owners and evidence (docs/procedure.md §6).</summary>
public sealed class PreventiveActionTests
{
    [Fact]
    public void Decide_CloseWithPreventiveActionOpen_RefusedUntilDoneOrCarriedOver()
    {
        var verified = Verified();

        var refused = Assert.Throws<CaseRuleException>(() => Do(verified, new CloseCommand("Tubes replaced."), QualityEngineer));
        Assert.Equal("preventiveActions.open", refused.Code);

        var carried = Do(verified, new UpdateActionCommand("P1", ActionStatus.InProgress, null, "QP-12 pump audit", "Runs to year end with the annual audit"), QualityEngineer).After;
        var closed = Do(carried, new CloseCommand("Tubes replaced."), QualityEngineer);

        Assert.Equal(CaseStage.Closed, closed.After.Stage);
        var p1 = closed.After.Resolution!.PreventiveActions.Single();
        Assert.Equal(("QP-12 pump audit", "Runs to year end with the annual audit", "qe"), (p1.CarriedOver!.FollowUpAction, p1.CarriedOver.Reason, p1.CarriedOver.By));
        Assert.Equal(ActionStatus.Planned, p1.Status);
    }

    [Fact]
    public void Decide_CarryOverWithoutReasonOrOfACorrectiveAction_Refused()
    {
        var verified = Verified();

        var noReason = Assert.Throws<CaseRuleException>(() => Do(verified, new UpdateActionCommand("P1", ActionStatus.Planned, null, "QP-12 pump audit", " "), QualityEngineer));
        var corrective = Assert.Throws<CaseRuleException>(() => Do(verified, new UpdateActionCommand("C1", ActionStatus.Done, null, "QP-12", "Later"), QualityEngineer));

        Assert.Equal("reason.required", noReason.Code);
        Assert.Equal("carryOver.preventiveOnly", corrective.Code);
    }

    [Fact]
    public void Decide_ProposeWithAnOutsideOwnerAndRemedialEvidence_KeepsTheContactAndTheEvidence()
    {
        var proposal = Proposal() with { PreventiveActions = [new CapaActionInput("Audit the pump supplier", "Pump Supplier Ltd", new DateOnly(2026, 4, 30), " Mr Xu, +86 21 5555 0100 ")] };
        var approved = Do(Do(InvestigatedComplaint(), proposal, QualityEngineer).After, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead).After;
        var p1 = approved.Resolution!.PreventiveActions.Single();

        var c = Accepted(approved);
        c = Do(c, new UpdateActionCommand("R1", ActionStatus.Done, "Shipment SF-1234567"), QualityEngineer).After;

        Assert.Equal(("Pump Supplier Ltd", "Mr Xu, +86 21 5555 0100", true), (p1.Owner, p1.OwnerContact, p1.IsExternal));
        Assert.False(approved.Resolution.CorrectiveActions.Single().IsExternal);
        Assert.Equal("Shipment SF-1234567", c.Resolution!.RemedialActions.Single().Evidence);
    }

    private static CaseRecord Verified()
    {
        var c = Do(InvestigatedComplaint(), Proposal(), QualityEngineer).After;
        c = Accepted(Do(c, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead).After);
        c = Do(c, new UpdateActionCommand("R1", ActionStatus.Done, null), QualityEngineer).After;
        c = Do(c, new UpdateActionCommand("C1", ActionStatus.Done, "WI-07 rev C released"), QualityEngineer).After;
        c = Do(c, new StartVerificationCommand("qhead", "No recurrence in 3 batches", null), QualityEngineer).After;
        return Do(c, new RecordVerificationCommand(true, "Three batches fine."), QualityHead).After;
    }

    private static CaseRecord Accepted(CaseRecord approved)
    {
        var c = Do(approved, new SendToCustomerCommand(null), QualityEngineer).After;
        c = CaseCommandHandler.Decide(c, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.TrackingPage, null), Context(Actor.Customer(c.Customer))).After;
        return Do(c, new StartActionsCommand(), QualityEngineer).After;
    }
}
