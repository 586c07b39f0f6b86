using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Tests.Pdf.Support;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>The monthly management summary as a PDF: every section, the Pareto charts, the trend and the complaint rate.</summary>
public sealed class MonthlySummaryRendererTests
{
    private static readonly ReportMonth March = new(2026, 3);

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Render_March_PassesQpdfCheck(string language)
    {
        var pdf = MonthlySummaryRenderer.Render(Summary(), ReportSamples.Names, Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        Assert.Contains("2026-03", PdfTools.Info(pdf)["Title"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_SectionsInOrderWithTheirFigures()
    {
        var text = PdfTools.Text(MonthlySummaryRenderer.Render(Summary(), ReportSamples.Names, Texts.Instance.For("en")));

        ReportText.AssertInOrder(
            text,
            "Monthly management summary 2026-03", "Period: 1 Mar 2026 to 31 Mar 2026",
            "Overview", "Complaint 12", "Suggestion 1",
            "Complaints in total Received 12 Closed 3 Open at month end 9",
            "Complaint rate", "Orders 4,000", "Complaints per 1,000 orders 3.00",
            "Complaints by category", "Product quality 8", "Packaging 4",
            "Complaints by severity", "Complaints by department", "Quality 12", "Complaints by channel", "Web form 12",
            "Deadlines and working times", "First response 12 12 100.0 %", "Resolution 3",
            "Pareto chart of root causes found this month", "Pareto chart of complaint categories",
            "Customer satisfaction", "Ratings received 3", "Average score (1–5) 4.33", "Ratings by score",
            "Open corrective and preventive actions", "Open at month end 1", "Past their due date 1", "C1 Corrective", "Calibrate pump", "Line 2 lead", "Yes",
            "Missed deadlines by person accountable",
            "Trend over the last 12 months", "Complaints received per month", "2025-04", "2026-02 20 18", "2026-03 12 3");
    }

    [Fact]
    public void Render_ParetoOfRootCauses_BarsLargestFirstAndBothLinesEndAtHundredPercent()
    {
        var pdf = MonthlySummaryRenderer.Render(Summary(), ReportSamples.Names, Texts.Instance.For("en"));

        var words = PdfTools.Words(pdf);
        string[] expected = ["Machine", "Method", "Material", "Person"];
        var page = words.First(w => w.Text == "Machine").Page;
        Assert.Equal(expected, words.Where(w => w.Page == page && expected.Contains(w.Text)).OrderBy(w => w.XMin).Select(w => w.Text));

        // Each Pareto chart labels its last point and the top of its percent axis 100 %.
        Assert.Equal(4, words.Count(w => w.Text == "100%"));
    }

    [Fact]
    public void Render_NoRatingsNoCausesNoVolumes_SaysSoInsteadOfDrawingEmptyCharts()
    {
        var summary = Summary(facts: [Complaint(At(3, 2)) with { Category = null, Severity = null }], volumes: []);

        var pdf = MonthlySummaryRenderer.Render(summary, ReportSamples.Names, Texts.Instance.For("en"));

        PdfTools.AssertValid(pdf);
        var text = PdfTools.Text(pdf);
        ReportText.AssertInOrder(
            text,
            "Enter the month's orders or deliveries in the report settings to see the complaint rate.",
            "Not assessed yet 1", "Pareto chart of root causes found this month", "Nothing to show for this period.",
            "Pareto chart of complaint categories", "Nothing to show for this period.", "Ratings received 0");
        Assert.DoesNotContain("100%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyOpenActions_ListsTheFirstSixtyAndCountsTheRest()
    {
        var actions = Enumerable.Range(1, 75).Select(i => new FactAction($"C{i}", true, $"Action {i}", "qe", new DateOnly(2026, 4, 1).AddDays(i), ActionStatus.Planned, null, At(3, 3))).ToList();
        var summary = Summary(facts: [Complaint(At(3, 2)) with { Actions = actions }]);

        var text = PdfTools.Text(MonthlySummaryRenderer.Render(summary, ReportSamples.Names, Texts.Instance.For("en")));

        ReportText.AssertInOrder(text, "Open at month end 75", "Action 60", "15 more open actions are not listed");
        Assert.DoesNotContain("Action 61", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Chinese_LabelsInChinese()
    {
        var text = PdfTools.Text(MonthlySummaryRenderer.Render(Summary(), ReportSamples.Names, Texts.Instance.For("zh-CN")));

        ReportText.AssertInOrder(
            text,
            "每月管理报告 2026-03", "概况", "投诉 12", "投诉率", "每千份订单投诉数 3.00", "按类别统计投诉", "质量异常 8", "时限与工作时间",
            "本月查明原因排列图", "投诉类别排列图", "客户满意度", "未完成的纠正/预防措施", "近 12 个月趋势");
    }

    private static MonthlySummary Summary(IReadOnlyList<CaseFacts>? facts = null, IReadOnlyList<MonthlyVolume>? volumes = null)
    {
        facts ??= SampleFacts();
        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, new WorkingTimeCalculator(CompanyCalendar.Default), At(4, 1, 8));
        var trend = March.Trailing(12).Select(m => m == March ? figures.Trend : new MonthTrendPoint(m.ToString(), 20, 18, 5, 1, 18, 16, 6, 25)).ToList();
        var settings = new ReportSettings { Volumes = volumes ?? [new MonthlyVolume("2026-03", 4000, 3500), new MonthlyVolume("2026-02", 5000, null)] };
        return new MonthlySummary(figures, trend, settings, ReportSamples.Shanghai, At(4, 1, 8));
    }

    private static List<CaseFacts> SampleFacts()
    {
        var facts = new List<CaseFacts>();
        var causes = new[] { (RootCauseCategory.Material, 2), (RootCauseCategory.Machine, 5), (RootCauseCategory.Person, 1), (RootCauseCategory.Method, 3) };
        var day = 2;
        foreach (var (cause, count) in causes)
        {
            facts.AddRange(Enumerable.Range(0, count).Select(i => Complaint(At(3, day++), i % 2 == 0 ? Category.ProductQuality : Category.Packaging) with { RootCause = cause, InvestigatedAt = At(3, 20) }));
        }

        facts.Add(Complaint(At(3, 27)));
        facts[0] = facts[0].Closed(At(3, 10)) with { Score = 5, RatedAt = At(3, 11) };
        facts[1] = facts[1].Closed(At(3, 11)) with { Score = 4, RatedAt = At(3, 12) };
        facts[2] = facts[2].Closed(At(3, 12)) with { Score = 4, RatedAt = At(3, 13), Actions = [new FactAction("C1", true, "Calibrate pump", "Line 2 lead", new DateOnly(2026, 3, 20), ActionStatus.Planned, null, At(3, 12))] };
        facts.Add(Complaint(At(3, 4)) with { Kind = CaseKind.Suggestion, Category = null, Severity = null });
        return facts;
    }
}
