using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Tests.Pdf.Support;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>The investigation report to the general manager has its own on-time figure (docs/procedure.md §5, §11).</summary>
public sealed class InvestigationReportFiguresTests
{
    private static readonly ReportMonth March = new(2026, 3);

    [Fact]
    public void Compute_InvestigationReportsSentThisMonth_CountsThoseWithinTheirWorkingDays()
    {
        CaseFacts[] facts =
        [
            WithReport(Complaint(At(3, 2)), due: At(3, 5), sent: At(3, 4)),
            WithReport(Complaint(At(3, 9)), due: At(3, 12), sent: At(3, 13)),
            WithReport(Complaint(At(3, 16)), due: At(3, 19), sent: null),
            WithReport(Complaint(At(3, 20)), due: At(3, 25), sent: At(3, 24)).Closed(At(3, 26), CaseOutcome.Withdrawn),
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, new WorkingTimeCalculator(CompanyCalendar.Default), At(4, 1, 8));

        Assert.Equal(new OnTime(2, 1), figures.InvestigationReport);
        Assert.Equal(0.5, figures.InvestigationReport.Rate);
    }

    [Fact]
    public void Render_MonthWithInvestigationReports_ShowsTheirOnTimeRateInBothLanguages()
    {
        CaseFacts[] facts = [WithReport(Complaint(At(3, 2)), due: At(3, 5), sent: At(3, 4))];
        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, new WorkingTimeCalculator(CompanyCalendar.Default), At(4, 1, 8));
        var summary = new MonthlySummary(figures, [figures.Trend], new ReportSettings(), ReportSamples.Shanghai, At(4, 1, 8));

        foreach (var (language, expected) in new[] { ("en", "Investigation report 1 1 100"), ("zh-CN", "调查报告 1 1 100") })
        {
            var pdf = MonthlySummaryRenderer.Render(summary, ReportSamples.Names, Serverless.Feedback.Localization.Texts.Instance.For(language));
            PdfTools.AssertValid(pdf);
            ReportText.AssertInOrder(PdfTools.Text(pdf), expected);
        }
    }

    private static CaseFacts WithReport(CaseFacts f, DateTimeOffset due, DateTimeOffset? sent) => f with
    {
        Clocks = [.. f.Clocks, new FactClock(DeadlineKind.InvestigationReport, f.ReceivedAt, due, sent, null, null)],
    };
}
