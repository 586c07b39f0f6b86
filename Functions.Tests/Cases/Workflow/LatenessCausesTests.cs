using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>Reasonable causes for missed deadlines (docs/procedure.md §8): the handler gives one, the department head decides.</summary>
public sealed class LatenessCausesTests
{
    [Fact]
    public void Decide_HandlerRecordsCauseForMissedDeadline_HeadIsAsked()
    {
        var decision = Do(Late(), new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The lab was closed for the audit."), QualityEngineer);

        var cause = Assert.Single(decision.After.LatenessCauses);
        Assert.Equal(("qe", (CauseDecision?)null), (cause.RecordedBy, cause.Decision));
        Assert.Contains(decision.Effects, e => e is MailEffect { Template: "lateness-cause-recorded", Audience: MailAudience.DepartmentHead, Target: "quality" });
    }

    [Fact]
    public void Decide_CauseForDeadlineNotMissed_Refused()
    {
        var onTime = Late() with { Sla = new SlaState { Clocks = [Clock(due: Now.AddDays(3))] } };

        var error = Assert.Throws<CaseRuleException>(() => Do(onTime, new RecordLatenessCauseCommand(DeadlineKind.Resolution, "Busy."), QualityEngineer));

        Assert.Equal("deadline.notMissed", error.Code);
    }

    [Fact]
    public void Decide_HeadAcceptsCause_RecordsTheDecision()
    {
        var recorded = Do(Late(), new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The lab was closed for the audit."), QualityEngineer).After;

        var decided = Do(recorded, new DecideLatenessCauseCommand(DeadlineKind.Resolution, true, null), QualityHead).After;

        var cause = Assert.Single(decided.LatenessCauses);
        Assert.True(cause.IsAccepted);
        Assert.Equal("qhead", cause.DecidedBy);
    }

    [Fact]
    public void Decide_StaffMemberDecidesCause_Forbidden()
    {
        var recorded = Do(Late(), new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The lab was closed."), QualityEngineer).After;

        Assert.Throws<CaseForbiddenException>(() => Do(recorded, new DecideLatenessCauseCommand(DeadlineKind.Resolution, true, null), QualityEngineer));
    }

    [Fact]
    public void Decide_HeadDecidesOwnCause_Refused()
    {
        var recorded = Do(Late(), new RecordLatenessCauseCommand(DeadlineKind.Resolution, "I was away."), QualityHead).After;

        var error = Assert.Throws<CaseRuleException>(() => Do(recorded, new DecideLatenessCauseCommand(DeadlineKind.Resolution, true, null), QualityHead));

        Assert.Equal("latenessCause.ownCause", error.Code);
    }

    [Fact]
    public void Decide_RefusedCause_NeedsANoteAndMayBeGivenAgain()
    {
        var recorded = Do(Late(), new RecordLatenessCauseCommand(DeadlineKind.Resolution, "Busy."), QualityEngineer).After;
        Assert.Throws<CaseRuleException>(() => Do(recorded, new DecideLatenessCauseCommand(DeadlineKind.Resolution, false, null), QualityHead));

        var refused = Do(recorded, new DecideLatenessCauseCommand(DeadlineKind.Resolution, false, "Being busy is not a cause."), QualityHead).After;
        var again = Do(refused, new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The customer's site was closed."), QualityEngineer).After;

        Assert.Equal([CauseDecision.Refused, null], again.LatenessCauses.Select(c => c.Decision));
    }

    [Fact]
    public void Decide_CauseAfterWithdrawal_StillAllowed()
    {
        var withdrawn = Do(Late(), new WithdrawCommand("The customer sorted it out."), QualityHead).After;

        var decision = Do(withdrawn, new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The customer was unreachable."), QualityEngineer);

        Assert.Equal(CaseStage.Withdrawn, decision.After.Stage);
        Assert.Single(decision.After.LatenessCauses);
    }

    /// <summary>An investigated quality complaint whose resolution deadline passed a day ago.</summary>
    private static CaseRecord Late() => InvestigatedComplaint() with { Sla = new SlaState { Clocks = [Clock(due: Now.AddDays(-1))] } };

    private static SlaClock Clock(DateTimeOffset due) => new() { Kind = DeadlineKind.Resolution, StartedAt = Now.AddDays(-6), Due = due };
}
