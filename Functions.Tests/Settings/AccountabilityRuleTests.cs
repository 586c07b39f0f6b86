using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Settings;

public sealed class AccountabilityRuleTests
{
    private static readonly Config Deterministic = Properties.Deterministic(500);

    private static Arbitrary<decimal> Amounts => Gen.Choose(0, 5_000_000).Select(cents => cents / 100m).ToArbitrary();

    private static Arbitrary<AccountabilityRule> Rules =>
        (from low in Gen.Choose(0, 100)
         from high in Gen.Choose(0, 100)
         from threshold in Gen.Choose(0, 100_000)
         select new AccountabilityRule { Enabled = true, RateUpToThreshold = low / 100m, RateAboveThreshold = high / 100m, Threshold = threshold })
        .ToArbitrary();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5_000, 1_000)]
    [InlineData(10_000, 2_000)]
    [InlineData(15_000, 2_500)]
    [InlineData(110_000, 12_000)]
    public void SuggestedShare_DefaultTiers_TwentyPercentUpToTenThousandTenAbove(decimal loss, decimal share) =>
        Assert.Equal(share, new AccountabilityRule().SuggestedShare(loss));

    [Fact]
    public void SuggestedShare_AnyRuleAndLoss_EqualsTheTwoTiersSummed() =>
        Prop.ForAll(Rules, Amounts, (rule, loss) =>
        {
            var expected = Math.Round((Math.Min(loss, rule.Threshold) * rule.RateUpToThreshold) + (Math.Max(0, loss - rule.Threshold) * rule.RateAboveThreshold), 2, MidpointRounding.AwayFromZero);
            return rule.SuggestedShare(loss) == expected;
        }).Check(Deterministic);

    [Fact]
    public void SuggestedShare_AnyRuleAndLoss_NeverNegativeNorAboveTheLoss() =>
        Prop.ForAll(Rules, Amounts, (rule, loss) => rule.SuggestedShare(loss) is var share && share >= 0 && share <= loss).Check(Deterministic);

    [Fact]
    public void SuggestedShare_GrowingLoss_NeverShrinks() =>
        Prop.ForAll(Rules, Amounts, Amounts, (rule, a, b) =>
            rule.SuggestedShare(Math.Min(a, b)) <= rule.SuggestedShare(Math.Max(a, b))).Check(Deterministic);

    [Fact]
    public void SuggestedShare_AtTheThreshold_BothTiersAgree() =>
        Prop.ForAll(Rules, rule =>
            rule.SuggestedShare(rule.Threshold) == Math.Round(rule.Threshold * rule.RateUpToThreshold, 2, MidpointRounding.AwayFromZero)).Check(Deterministic);
}
