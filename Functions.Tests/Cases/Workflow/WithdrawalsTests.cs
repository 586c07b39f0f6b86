using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>Withdrawal needs a reason, the department head's approval and a message to the customer (docs/procedure.md §8).</summary>
public sealed class WithdrawalsTests
{
    [Fact]
    public void Decide_HandlerWithdraws_AsksTheHeadAndKeepsTheCaseOpen()
    {
        var decision = Do(InvestigatedComplaint(), new WithdrawCommand("The customer says the glue set after all."), QualityEngineer);

        Assert.Equal(CaseAction.RequestWithdrawal, decision.Action);
        Assert.Equal(CaseStage.Investigating, decision.After.Stage);
        Assert.Equal("qe", decision.After.WithdrawalRequest?.RequestedBy);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "withdrawal-requested", Audience: MailAudience.DepartmentHead, Target: "quality" });
        Assert.DoesNotContain(decision.Effects, e => e is MailEffect { Audience: MailAudience.Customer });
    }

    [Fact]
    public void Decide_HeadApprovesRequest_WithdrawsAndTellsTheCustomer()
    {
        var requested = Do(InvestigatedComplaint(), new WithdrawCommand("Solved by phone.", "As agreed on the phone, we close your case."), QualityEngineer).After;

        var decision = Do(requested, new DecideWithdrawalCommand(true, null), QualityHead);

        Assert.Equal(CaseStage.Withdrawn, decision.After.Stage);
        Assert.Equal(CaseOutcome.Withdrawn, decision.After.Outcome);
        Assert.Null(decision.After.WithdrawalRequest);
        Assert.Equal("Solved by phone.", decision.After.Closure?.FinalResult);
        Assert.Equal("As agreed on the phone, we close your case.", decision.After.Messages[^1].Subject);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "case-withdrawn", Audience: MailAudience.Customer });
    }

    [Fact]
    public void Decide_HeadRefusesRequest_CaseStaysAndRequesterIsTold()
    {
        var requested = Do(InvestigatedComplaint(), new WithdrawCommand("Solved by phone."), QualityEngineer).After;

        var decision = Do(requested, new DecideWithdrawalCommand(false, "Ask the customer in writing first."), QualityHead);

        Assert.Equal(CaseStage.Investigating, decision.After.Stage);
        Assert.Null(decision.After.WithdrawalRequest);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "withdrawal-refused", Audience: MailAudience.StaffMember, Target: "qe" });
    }

    [Fact]
    public void Decide_HandlerApprovesOwnRequest_Forbidden()
    {
        var requested = Do(InvestigatedComplaint(), new WithdrawCommand("Solved by phone."), QualityEngineer).After;

        Assert.Throws<CaseForbiddenException>(() => Do(requested, new DecideWithdrawalCommand(true, null), QualityEngineer));
    }

    [Fact]
    public void Decide_HeadOfAnotherDepartmentApproves_Forbidden()
    {
        var requested = Do(InvestigatedComplaint(), new WithdrawCommand("Solved by phone."), QualityEngineer).After;

        Assert.Throws<CaseForbiddenException>(() => Do(requested, new DecideWithdrawalCommand(true, null), SalesHead));
    }

    [Fact]
    public void Decide_HeadWithdrawsDirectly_ApprovesInTheSameStep()
    {
        var decision = Do(InvestigatedComplaint(), new WithdrawCommand("Duplicate of FB-202603-0002."), QualityHead);

        Assert.Equal(CaseAction.Withdraw, decision.Action);
        Assert.Equal(CaseStage.Withdrawn, decision.After.Stage);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "case-withdrawn" });
    }

    [Fact]
    public void Decide_WithdrawalWithoutReason_Refused()
    {
        var error = Assert.Throws<CaseRuleException>(() => Do(InvestigatedComplaint(), new WithdrawCommand(" "), QualityEngineer));

        Assert.Equal("reason.required", error.Code);
    }

    [Fact]
    public void Decide_ApprovalWithoutRequest_Refused()
    {
        var error = Assert.Throws<CaseRuleException>(() => Do(InvestigatedComplaint(), new DecideWithdrawalCommand(true, null), QualityHead));

        Assert.Equal("withdrawal.none", error.Code);
    }
}
