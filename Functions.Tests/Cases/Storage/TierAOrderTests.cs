using Serverless.Feedback.Cases.Storage;

namespace Serverless.Feedback.Tests.Cases.Storage;

public sealed class TierAOrderTests
{
    [Fact]
    public void Apply_TierACasesWithinAStage_ComeFirstInThePlacesOfThatStage()
    {
        IReadOnlyList<CaseSummary> items = [Line("1", "received"), Line("2", "investigating"), Line("3", "received", tierA: true), Line("4", "investigating", tierA: true), Line("5", "received")];

        var ordered = TierAOrder.Apply(items);

        Assert.Equal(["3", "4", "1", "2", "5"], ordered.Select(i => i.Number));
    }

    [Fact]
    public void Apply_NoTierACases_KeepsTheOrder()
    {
        IReadOnlyList<CaseSummary> items = [Line("2", "received"), Line("1", "closed"), Line("3", "received")];

        Assert.Equal(["2", "1", "3"], TierAOrder.Apply(items).Select(i => i.Number));
    }

    [Fact]
    public void Apply_SeveralTierACases_KeepTheirOrderAmongThemselves()
    {
        IReadOnlyList<CaseSummary> items = [Line("1", "received"), Line("2", "received", tierA: true), Line("3", "received", tierA: true)];

        Assert.Equal(["2", "3", "1"], TierAOrder.Apply(items).Select(i => i.Number));
    }

    private static CaseSummary Line(string number, string stage, bool tierA = false) =>
        new(number, "complaint", stage, null, null, "service", "web", "c", "Chen", null, null, default, default, null, null, false, 1, null, tierA);
}
