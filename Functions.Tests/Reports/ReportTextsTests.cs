using System.Text.RegularExpressions;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Tests.Reports;

/// <summary>Every report text exists in both languages with the same placeholders, and every code a report prints has a label.</summary>
public sealed partial class ReportTextsTests
{
    [Fact]
    public void Keys_ReportTexts_SameInEnglishAndChineseWithTheSamePlaceholders()
    {
        var english = Texts.Instance.Keys(Texts.English).Where(k => k.StartsWith("report.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var chinese = Texts.Instance.Keys(Texts.Chinese).Where(k => k.StartsWith("report.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(english);
        Assert.Equal(english, chinese);
        var en = Texts.Instance.For(Texts.English);
        var zh = Texts.Instance.For(Texts.Chinese);
        Assert.All(english, key => Assert.Equal(Placeholders(en[key]), Placeholders(zh[key])));
    }

    [Theory]
    [InlineData("report.rootCause", typeof(RootCauseCategory))]
    [InlineData("report.causeOwner", typeof(CauseOwner))]
    [InlineData("report.actionStatus", typeof(ActionStatus))]
    [InlineData("report.meaning", typeof(ApprovalMeaning))]
    [InlineData("report.role", typeof(StaffRole))]
    [InlineData("report.decision", typeof(CustomerDecision))]
    [InlineData("report.answerSource", typeof(AnswerSource))]
    [InlineData("report.validity", typeof(Validity))]
    [InlineData("report.trigger", typeof(CaseReportTrigger))]
    public void Code_EveryValue_HasALabelInBothLanguages(string group, Type codes)
    {
        foreach (var language in Texts.Languages)
        {
            var keys = Texts.Instance.Keys(language);
            Assert.All(Enum.GetNames(codes), name => Assert.Contains($"{group}.{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name)}", keys));
        }
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
