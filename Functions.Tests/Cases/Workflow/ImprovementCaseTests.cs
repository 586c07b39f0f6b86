using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>Improvement actions (docs/procedure.md §14.7) are internal: no step of theirs writes to anyone as a customer.</summary>
public sealed class ImprovementCaseTests
{
    [Fact]
    public void Decide_CloseImprovement_ResolvesWithoutWritingToACustomer()
    {
        var started = Do(Improvement(), new StartInvestigationCommand(), QualityEngineer).After;

        var decision = Do(started, new CloseCommand("New carton spec CS-4 in force from January."), QualityHead);

        Assert.Equal(CaseStage.Closed, decision.After.Stage);
        Assert.Equal(CaseOutcome.Resolved, decision.After.Outcome);
        Assert.DoesNotContain(decision.Effects, e => e is MailEffect { Audience: MailAudience.Customer });
        Assert.Empty(decision.After.Messages);
    }

    [Fact]
    public void Decide_WithdrawImprovement_WritesToNoCustomer()
    {
        var decision = Do(Improvement(), new WithdrawCommand("Opened twice."), QualityHead);

        Assert.Equal(CaseStage.Withdrawn, decision.After.Stage);
        Assert.Empty(decision.Effects);
        Assert.Empty(decision.After.Messages);
    }

    [Fact]
    public void Decide_WaitForCustomerOnImprovement_RefusedByStage()
    {
        Assert.Throws<CaseStageException>(() => Do(Improvement(), new WaitForCustomerCommand("Need samples."), QualityEngineer));
    }

    private static CaseRecord Improvement() => Complaint(CaseKind.Improvement) with
    {
        Customer = new CaseCustomer("", "Quality", null, "", null, "en"),
        Assignment = new CaseAssignment { Department = "quality", HandlerId = "qhead" },
        Improvement = new ImprovementOrigin(ImprovementOrigin.AnnualSurvey, "2026", "packaging", 2m, 3.5m),
    };
}
