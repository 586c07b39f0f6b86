using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

public sealed class InvestigationReportTests
{
    [Fact]
    public void Decide_InvestigationFirstComplete_RequestsTheInterimReportOnce()
    {
        var c = Do(Complaint(), ValidAssessment(Severity.General), Clerk).After;
        c = Do(c, new StartInvestigationCommand(), QualityEngineer).After;
        var draft = Do(c, CompleteInvestigation() with { ReportComplete = false }, QualityEngineer);

        var complete = Do(draft.After, CompleteInvestigation(), QualityEngineer);
        var corrected = Do(complete.After, CompleteInvestigation() with { Findings = "Ratio off in B-17 and B-18." }, QualityEngineer);

        Assert.DoesNotContain(draft.Effects, e => e is ReportEffect);
        Assert.Equal([CaseReportTrigger.Investigated], complete.Effects.OfType<ReportEffect>().Select(r => r.Trigger));
        Assert.DoesNotContain(corrected.Effects, e => e is ReportEffect);
        Assert.Equal(complete.After.Investigation!.ReportedAt, corrected.After.Investigation!.ReportedAt);
    }
}
