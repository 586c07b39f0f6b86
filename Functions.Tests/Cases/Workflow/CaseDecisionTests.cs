using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

public sealed class CaseDecisionTests
{
    [Fact]
    public void Decide_AssessValid_RoutesByCategoryAndMakesAssessorFirstReceiver()
    {
        var decision = Do(Complaint(), ValidAssessment(category: Category.Delivery), Clerk);

        Assert.Equal(CaseStage.Assessed, decision.After.Stage);
        Assert.Equal("sales", decision.After.Assignment.Department);
        Assert.False(decision.After.Assignment.DepartmentOverridden);
        Assert.Equal("clerk", decision.After.Assignment.FirstReceiverId);
        Assert.Equal(2, decision.After.Version);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "case-assigned", Audience: MailAudience.Department, Target: "sales" });
    }

    [Fact]
    public void Decide_AssessWithDepartmentOverride_RecordsTheOverride()
    {
        var decision = Do(Complaint(), ValidAssessment() with { Department = "rnd" }, Clerk);

        Assert.Equal("rnd", decision.After.Assignment.Department);
        Assert.True(decision.After.Assignment.DepartmentOverridden);
    }

    [Theory]
    [InlineData("Major", true)]
    [InlineData("Serious", true)]
    [InlineData("Minor", false)]
    [InlineData("General", false)]
    public void Decide_AssessSeverity_NotifiesManagementAtOnceOnlyWhenMajorOrSerious(string severity, bool notified)
    {
        var decision = Do(Complaint(), ValidAssessment(Enum.Parse<Severity>(severity)), Clerk);

        var alerts = decision.Effects.OfType<MailEffect>().Where(e => e.Template == "severe-case").Select(e => e.Target).ToList();
        Assert.Equal(notified ? ["DeputyGm", "Gm"] : [], alerts);
    }

    [Fact]
    public void Decide_CustomerWritesToAnAssignedCase_TellsTheHandler()
    {
        var assigned = Do(Complaint(), ValidAssessment() with { HandlerId = "qe" }, Clerk).After;

        var decision = CaseCommandHandler.Decide(assigned, new CustomerMailCommand([], "Here are the batch labels."), Context(Actor.Customer(assigned.Customer)));

        var told = Assert.Single(decision.Effects.OfType<MailEffect>());
        Assert.Equal(("customer-wrote", MailAudience.StaffMember, "qe"), (told.Template, told.Audience, told.Target));
        Assert.Equal("Here are the batch labels.", decision.Comment);
    }

    [Fact]
    public void Decide_AssessNotValid_ClosesWithExplanationToCustomer()
    {
        var command = new AssessCommand(Validity.NotValid, Category.ProductQuality, Severity.General, NotValidReason: "misuse", Explanation: "Stored at 40 °C against the label.");

        var decision = Do(Complaint(), command, Clerk);

        Assert.Equal(CaseStage.Closed, decision.After.Stage);
        Assert.Equal(CaseOutcome.NotValid, decision.After.Outcome);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "not-valid", Audience: MailAudience.Customer });
    }

    [Fact]
    public void Decide_AssessNotValidWithoutConfiguredReason_Refused()
    {
        var command = new AssessCommand(Validity.NotValid, Category.ProductQuality, Severity.General, NotValidReason: "made-up", Explanation: "x");

        var error = Assert.Throws<CaseRuleException>(() => Do(Complaint(), command, Clerk));

        Assert.Equal("notValidReason.unknown", error.Code);
    }

    [Fact]
    public void Decide_StartInvestigationInReceived_RefusedByStage()
    {
        var error = Assert.Throws<CaseStageException>(() => Do(Complaint(), new StartInvestigationCommand(), Clerk));

        Assert.Equal(CaseStage.Received, error.Stage);
    }

    [Fact]
    public void Decide_OtherDepartmentInvestigates_Forbidden()
    {
        var assessed = Do(Complaint(), ValidAssessment(), Clerk).After;

        Assert.Throws<CaseForbiddenException>(() => Do(assessed, new StartInvestigationCommand(), SalesHead));
    }

    [Fact]
    public void Decide_ProposeWithoutInvestigationReport_Refused()
    {
        var c = Do(Complaint(), ValidAssessment(), Clerk).After;
        c = Do(c, new StartInvestigationCommand(), QualityEngineer).After;

        var error = Assert.Throws<CaseRuleException>(() => Do(c, Proposal(), QualityEngineer));

        Assert.Equal("investigation.required", error.Code);
    }

    [Fact]
    public void Decide_ProposeBothCorrectiveActionsAndNoneNeeded_Refused()
    {
        var command = Proposal() with { NoCorrectiveActionReason = "Not needed" };

        var error = Assert.Throws<CaseRuleException>(() => Do(InvestigatedComplaint(), command, QualityEngineer));

        Assert.Equal("correctiveActions.decision", error.Code);
    }

    [Theory]
    [InlineData("Minor", null, "DepartmentHead")]
    [InlineData("Major", null, "DepartmentHead,DeputyGm")]
    [InlineData("Serious", null, "DepartmentHead,Gm")]
    [InlineData("Minor", 20000, "DepartmentHead,Gm")]
    [InlineData("Minor", 10000, "DepartmentHead")]
    public void Decide_Propose_ChainFollowsAuthorityMatrix(string severity, int? compensation, string chain)
    {
        var decision = Do(InvestigatedComplaint(Enum.Parse<Severity>(severity)), Proposal(compensation), QualityEngineer);

        Assert.Equal(chain, string.Join(",", decision.After.Resolution!.RequiredApprovals));
        Assert.Equal(CaseStage.ResolutionProposed, decision.After.Stage);
    }

    [Fact]
    public void Decide_TwoStepApproval_StepThenFinalByTheRightPeople()
    {
        var proposed = Do(InvestigatedComplaint(Severity.Major), Proposal(), QualityEngineer).After;

        Assert.Throws<CaseForbiddenException>(() => Do(proposed, new ApproveCommand(ApprovalMeaning.Approved, null), DeputyGm));
        Assert.Throws<CaseForbiddenException>(() => Do(proposed, new ApproveCommand(ApprovalMeaning.Approved, null), SalesHead));

        var first = Do(proposed, new ApproveCommand(ApprovalMeaning.Reviewed, "Checked the root cause."), QualityHead);
        Assert.Equal(CaseAction.ApproveStep, first.Action);
        Assert.Equal(CaseStage.ResolutionProposed, first.After.Stage);
        Assert.Contains(first.Effects, e => e is MailEffect { Template: "approval-requested", Audience: MailAudience.Role, Target: "DeputyGm" });

        var second = Do(first.After, new ApproveCommand(ApprovalMeaning.Approved, null), DeputyGm);
        Assert.Equal(CaseAction.ApproveFinal, second.Action);
        Assert.Equal(CaseStage.Approved, second.After.Stage);
        Assert.Contains(second.Effects, e => e is ReportEffect { Trigger: CaseReportTrigger.Approved });
        Assert.Collection(
            second.After.Approvals,
            a => Assert.Equal((1, StaffRole.DepartmentHead, "qhead", ApprovalMeaning.Reviewed), (a.Step, a.Role, a.ById, a.Meaning)),
            a => Assert.Equal((2, StaffRole.DeputyGm, "dgm", ApprovalMeaning.Approved), (a.Step, a.Role, a.ById, a.Meaning)));
    }

    [Fact]
    public void Decide_ApprovalRejected_BackToInvestigationAndNextProposalIsNewRound()
    {
        var proposed = Do(InvestigatedComplaint(), Proposal(), QualityEngineer).After;

        Assert.Throws<CaseRuleException>(() => Do(proposed, new ApproveCommand(ApprovalMeaning.Rejected, null), QualityHead));
        var rejected = Do(proposed, new ApproveCommand(ApprovalMeaning.Rejected, "Compensation missing."), QualityHead).After;
        Assert.Equal(CaseStage.Investigating, rejected.Stage);

        var again = Do(rejected, Proposal(500), QualityEngineer).After;
        Assert.Equal(2, again.Resolution!.Round);
        Assert.Equal(["R2", "R3"], again.Resolution.RemedialActions.Select(a => a.Id));
        Assert.Equal(0, Resolving.NextStep(again));
    }

    [Fact]
    public void Decide_CloseWithUnverifiedCorrectiveAction_Refused()
    {
        var c = Approved(InvestigatedComplaint(), Proposal());
        c = Do(c, new SendToCustomerCommand(null), QualityEngineer).After;
        c = CaseCommandHandler.Decide(c, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.TrackingPage, null), Context(Actor.Customer(c.Customer))).After;
        c = Do(c, new StartActionsCommand(), QualityEngineer).After;
        foreach (var id in new[] { "R1" })
        {
            c = Do(c, new UpdateActionCommand(id, ActionStatus.Done, null), QualityEngineer).After;
        }

        var error = Assert.Throws<CaseRuleException>(() => Do(c, new CloseCommand("Replaced."), QualityEngineer));
        Assert.Equal("verification.required", error.Code);

        Assert.Throws<CaseRuleException>(() => Do(c, new UpdateActionCommand("C1", ActionStatus.Done, null), QualityEngineer));
        c = Do(c, new UpdateActionCommand("C1", ActionStatus.Done, "WI-07 rev C released"), QualityEngineer).After;
        c = Do(c, new StartVerificationCommand("qhead", "No recurrence in 3 batches", null), QualityEngineer).After;
        Assert.Equal(new DateOnly(2026, 4, 1), c.Verification!.DueDate);

        c = Do(c, new RecordVerificationCommand(true, "Three batches fine."), QualityHead).After;
        c = Do(c, new UpdateActionCommand("P1", ActionStatus.Done, "All dosing pumps audited"), QualityEngineer).After;
        var closed = Do(c, new CloseCommand("Tubes replaced; procedure fixed."), QualityEngineer);

        Assert.Equal(CaseStage.Closed, closed.After.Stage);
        Assert.Equal(CaseOutcome.Resolved, closed.After.Outcome);
        Assert.Contains(closed.Effects, e => e is MailEffect { Template: "case-closed", Audience: MailAudience.Customer });
        Assert.Contains(closed.Effects, e => e is ReportEffect { Trigger: CaseReportTrigger.Closed });
    }

    [Fact]
    public void Decide_CustomerRejects_BackToInvestigatingWithAvenuesAndEscalation()
    {
        var c = Approved(InvestigatedComplaint(), Proposal());
        c = Do(c, new SendToCustomerCommand(null), QualityEngineer).After;

        var rejected = CaseCommandHandler.Decide(
            c, new CustomerAnswerCommand(CustomerDecision.Rejected, "Not enough.", AnswerSource.TrackingPage, null), Context(Actor.Customer(c.Customer)));

        Assert.Equal(CaseStage.Investigating, rejected.After.Stage);
        Assert.NotEmpty(rejected.After.CustomerAnswer!.AvenuesOffered);
        Assert.Null(rejected.After.Waiting);
        Assert.Contains(rejected.Effects, e => e is MailEffect { Audience: MailAudience.DepartmentHead, Target: "quality" });
    }

    [Fact]
    public void Decide_CustomerActsOnAnotherStep_Forbidden()
    {
        var c = InvestigatedComplaint();

        Assert.Throws<CaseForbiddenException>(() => CaseCommandHandler.Decide(c, new AddNoteCommand("hi"), Context(Actor.Customer(c.Customer))));
    }

    [Fact]
    public void Decide_StaffDeemsAccepted_Refused()
    {
        var c = Approved(InvestigatedComplaint(), Proposal());
        c = Do(c, new SendToCustomerCommand(null), QualityEngineer).After;

        Assert.Throws<CaseForbiddenException>(() => Do(c, new CustomerAnswerCommand(CustomerDecision.DeemedAccepted, null, AnswerSource.NoAnswer, null), QualityHead));
    }

    [Fact]
    public void Decide_Compliment_ClosesAndPassesPraise()
    {
        var decision = Do(Complaint(CaseKind.Compliment), new CloseCommand("Thanked the customer."), Clerk);

        Assert.Equal(CaseOutcome.Acknowledged, decision.After.Outcome);
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "praise", Audience: MailAudience.Department });
    }

    [Fact]
    public void Decide_SatisfactionTwice_Refused()
    {
        var closed = Do(Complaint(CaseKind.Inquiry), new CloseCommand("Answered."), Clerk).After;
        var customer = Actor.Customer(closed.Customer);
        var rated = CaseCommandHandler.Decide(closed, new RecordSatisfactionCommand(5, "Great"), Context(customer)).After;

        var error = Assert.Throws<CaseRuleException>(() => CaseCommandHandler.Decide(rated, new RecordSatisfactionCommand(1, null), Context(customer)));

        Assert.Equal("satisfaction.recorded", error.Code);
    }

    [Fact]
    public void Decide_AccountabilityWhileSwitchedOff_Refused()
    {
        var error = Assert.Throws<CaseRuleException>(() => Do(InvestigatedComplaint(), new RecordAccountabilityCommand(5000, "Operator A", null), QualityHead));

        Assert.Equal("accountability.disabled", error.Code);
    }

    [Fact]
    public void Decide_AccountabilitySwitchedOn_SuggestsTieredShare()
    {
        var workflow = Serverless.Feedback.Settings.WorkflowSettings.Default with { Accountability = new() { Enabled = true } };

        var decision = CaseCommandHandler.Decide(InvestigatedComplaint(), new RecordAccountabilityCommand(15_000, "Operator A", null), Context(QualityHead, workflow: workflow));

        Assert.Equal(2_500m, decision.After.Accountability!.SuggestedShare);
    }

    private static CaseRecord Approved(CaseRecord investigated, ProposeResolutionCommand proposal)
    {
        var c = Do(investigated, proposal, QualityEngineer).After;
        return Do(c, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead).After;
    }
}
