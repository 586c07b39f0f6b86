using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Returns;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Returns;

/// <summary>What returned goods hold back: closure until every lot is reviewed and reworked goods passed, and first-contact resolution.</summary>
public sealed class ReturnRulesTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void ClosureRefusal_LotUnreviewedOrReworkNotPassed_RefusesUntilDone()
    {
        var returned = Do(InvestigatedComplaint(), new RegisterReturnCommand(5m, null, "B-17", Today, "Zhang", null), QualityEngineer).After;
        var reworked = Do(returned, new ReviewReturnCommand("G1", "Seal cracked.", ReturnDisposition.Rework), QualityEngineer).After;
        var failed = Do(reworked, new ReInspectReturnCommand("G1", "Chen", false, "One leaks."), QualityEngineer).After;
        var passed = Do(failed, new ReInspectReturnCommand("G1", "Chen", true, "All pass."), QualityEngineer).After;
        var scrapped = Do(returned, new ReviewReturnCommand("G1", "Crushed.", ReturnDisposition.Scrap), QualityEngineer).After;

        Assert.Equal("returns.open", ReturnRules.ClosureRefusal(returned)?.Code);
        Assert.Equal("returns.open", ReturnRules.ClosureRefusal(reworked)?.Code);
        Assert.Equal("returns.open", ReturnRules.ClosureRefusal(failed)?.Code);
        Assert.Null(ReturnRules.ClosureRefusal(passed));
        Assert.Null(ReturnRules.ClosureRefusal(scrapped));
    }

    [Fact]
    public void FirstContact_GoodsReturned_Refused()
    {
        var returned = Do(Complaint(), new RegisterReturnCommand(2m, null, null, Today, "Zhang", null), Clerk).After;

        Assert.Equal("returns.registered", FirstContact.Refusal(returned)?.Code);
    }

    [Fact]
    public void Register_SecondLot_NumberedAfterTheFirstAndReviewedByQuality()
    {
        var first = Do(Complaint(), new RegisterReturnCommand(2m, null, null, Today, "Zhang", null), Clerk).After;

        var second = Do(first, new RegisterReturnCommand(1.5m, "Glue X", null, Today.AddDays(-2), "Li", "Box torn."), Clerk);

        Assert.Equal(["G1", "G2"], second.After.Returns.Select(r => r.Id));
        Assert.All(second.After.Returns, r => Assert.Equal("quality", r.ReviewDepartment));
        Assert.Contains(second.Effects, e => e is MailEffect { Template: "return-registered", Target: "quality" });
    }

    [Fact]
    public void Register_SameRequestKeyTwice_RefusedSoTwoRacingRetriesRecordTheGoodsOnce()
    {
        var command = new RegisterReturnCommand(2m, null, null, Today, "Zhang", null) { RequestKey = "warehouse-9" };
        var first = Do(Complaint(), command, Clerk).After;

        var refusal = Assert.Throws<CaseRuleException>(() => Do(first, command, Clerk));

        Assert.Equal("return.repeated", refusal.Code);
        Assert.Equal("G2", Do(first, command with { RequestKey = "warehouse-10" }, Clerk).After.Returns[^1].Id);
    }
}
