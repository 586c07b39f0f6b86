using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

public sealed class FourEyesTests
{
    private static readonly Actor HeadAndDeputy = new(ActorKind.Staff, "both", "Wu Lei", "quality", [StaffRole.DepartmentHead, StaffRole.DeputyGm]);

    [Fact]
    public void Decide_HeadApprovesOwnProposal_ForbiddenAndTheStepMovesUp()
    {
        var proposed = Do(InvestigatedComplaint(), Proposal(), QualityHead);

        Assert.Equal([StaffRole.DeputyGm], proposed.After.Resolution!.RequiredApprovals);
        Assert.Contains(proposed.Effects, e => e is MailEffect { Template: "approval-requested", Audience: MailAudience.Role, Target: "DeputyGm" });
        var refused = Assert.Throws<CaseForbiddenException>(() => Do(proposed.After, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead));
        Assert.Contains("proposed", refused.Message, StringComparison.Ordinal);

        var approved = Do(proposed.After, new ApproveCommand(ApprovalMeaning.Approved, null), DeputyGm);
        Assert.Equal(CaseStage.Approved, approved.After.Stage);
        Assert.Equal(("dgm", StaffRole.DeputyGm), (approved.After.Approvals.Single().ById, approved.After.Approvals.Single().Role));
    }

    [Fact]
    public void Decide_HeadProposesMajorCase_StepMergesWithTheDeputyGmStep()
    {
        var proposed = Do(InvestigatedComplaint(Severity.Major), Proposal(), QualityHead).After;

        Assert.Equal([StaffRole.DeputyGm], proposed.Resolution!.RequiredApprovals);
    }

    [Fact]
    public void Decide_ProposerHoldsTwoLevels_StepClimbsPastBoth()
    {
        var proposed = Do(InvestigatedComplaint(Severity.Major), Proposal(), HeadAndDeputy).After;

        Assert.Equal([StaffRole.Gm], proposed.Resolution!.RequiredApprovals);
        Assert.Throws<CaseForbiddenException>(() => Do(proposed, new ApproveCommand(ApprovalMeaning.Approved, null), HeadAndDeputy));
        Assert.Equal(CaseStage.Approved, Do(proposed, new ApproveCommand(ApprovalMeaning.Approved, null), Gm).After.Stage);
    }

    [Fact]
    public void Decide_GmProposesASeriousCase_TopStepStaysWithTheGmRoleButNotThisGm()
    {
        var investigated = InvestigatedComplaint(Severity.Serious);
        var gmProposer = Gm with { Department = "quality", Roles = [StaffRole.Gm, StaffRole.DepartmentHead] };

        var proposed = Do(investigated, Proposal(), gmProposer).After;

        // The department head step moves one level up; nobody is above the general manager, so another one approves.
        Assert.Equal([StaffRole.DeputyGm, StaffRole.Gm], proposed.Resolution!.RequiredApprovals);
        Assert.False(Resolving.CanApproveAs(gmProposer, StaffRole.Gm, proposed));
        Assert.True(Resolving.CanApproveAs(Gm with { Id = "gm2" }, StaffRole.Gm, proposed));
    }
}
