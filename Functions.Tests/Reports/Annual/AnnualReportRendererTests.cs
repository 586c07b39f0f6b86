using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Annual;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports.Annual;

/// <summary>The annual satisfaction report (docs/procedure.md §10, §14.7) as a PDF in both languages.</summary>
public sealed class AnnualReportRendererTests
{
    private static readonly DateTimeOffset Sent = new(2026, 10, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_English_PassesQpdfAndReadsInOrder()
    {
        var pdf = AnnualReportRenderer.Render(Report(), Names(), Texts.Instance.For("en"));

        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(
            PdfSamples.Normalise(PdfTools.Text(pdf)),
            "Annual satisfaction report 2026",
            "Response rate", "40", "target 50", "below target",
            "Packaging", "2.00", "3.80", "Yes",
            "Items below target and their improvement actions", "Packaging", "FB-202611-0001", "Quality", "Investigating",
            "Suggestions", "Stronger cartons, please.");
    }

    [Fact]
    public void Render_Chinese_PassesQpdfAndReadsInOrder()
    {
        var pdf = AnnualReportRenderer.Render(Report(), Names(), Texts.Instance.For("zh-CN"));

        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(
            PdfSamples.Normalise(PdfTools.Text(pdf)),
            "2026年度顾客满意度报告",
            "回收率", "低于目标",
            "包装", "2.00", "3.80",
            "低于目标的项目及改进措施", "FB-202611-0001", "质量部", "调查中",
            "意见和建议", "希望加强纸箱");
    }

    [Fact]
    public void Render_NoPreviousYearAndNothingBelowTarget_SaysSo()
    {
        var report = Report() with { Previous = null, Improvements = [] };

        var text = PdfSamples.Normalise(PdfTools.Text(AnnualReportRenderer.Render(report, Names(), Texts.Instance.For("en"))));

        Assert.Contains("No item was below target.", text, StringComparison.Ordinal);
    }

    private static AnnualReport Report() => new(
        Results(2026, packaging: 2m, answered: 4, invited: 10, ["Stronger cartons, please.", "希望加强纸箱。"]),
        Results(2025, packaging: 3.8m, answered: 6, invited: 10, []),
        [new AnnualImprovement("packaging", "FB-202611-0001", "quality", CaseStage.Investigating)],
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        Sent.AddDays(31));

    private static AnnualResults Results(int year, decimal packaging, int answered, int invited, IReadOnlyList<string> suggestions) => new(
        year,
        Sent.AddYears(year - 2026),
        Sent.AddYears(year - 2026).AddDays(30),
        invited,
        answered,
        (decimal)answered / invited,
        0.5m,
        (decimal)answered / invited >= 0.5m,
        3.5m,
        [
            new AnnualItemResult("productQuality", 4.25m, answered, false, null),
            new AnnualItemResult("packaging", packaging, answered, packaging < 3.5m, packaging < 3.5m ? "FB-202611-0001" : null),
            new AnnualItemResult("delivery", 4.5m, answered, false, null),
            new AnnualItemResult("service", 4m, answered, false, null),
            new AnnualItemResult("price", 3.75m, answered, false, null),
        ],
        suggestions);

    private static ReportNames Names() => new(
        Serverless.Feedback.Settings.OrganisationSettings.Default.Departments.ToDictionary(d => d.Code, d => d.Label, StringComparer.Ordinal),
        new Dictionary<string, string>());
}
