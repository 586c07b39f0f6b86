using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Tests.Pdf.Support;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>The monthly summary counts returned goods: lots, dispositions and reviews within their working day (docs/procedure.md §14.6).</summary>
public sealed class ReturnFiguresTests
{
    private static readonly ReportMonth March = new(2026, 3);

    private static readonly CaseFacts[] Facts =
    [
        Complaint(At(3, 2)) with
        {
            ReturnLots =
            [
                new FactReturn("G1", new DateOnly(2026, 3, 2), 12m, At(3, 2, 10), At(3, 3, 17), At(3, 3, 9), ReturnDisposition.Rework),
                new FactReturn("G2", new DateOnly(2026, 3, 4), 3m, At(3, 4, 10), At(3, 5, 17), At(3, 9, 9), ReturnDisposition.Scrap),
            ],
        },
        Complaint(At(2, 20)) with { ReturnLots = [new FactReturn("G1", new DateOnly(2026, 2, 26), 5m, At(2, 26, 10), At(2, 27, 17), At(3, 2, 9), ReturnDisposition.Scrap)] },
        Complaint(At(3, 25)) with { ReturnLots = [new FactReturn("G1", new DateOnly(2026, 3, 30), 7m, At(3, 30, 10), At(3, 31, 17), null, null)] },
    ];

    [Fact]
    public void Compute_ReturnsOfTheMonth_CountsLotsReviewsOnTimeAndDispositions()
    {
        var figures = MonthlyAggregator.Compute(March, Facts, ReportSamples.Shanghai, new WorkingTimeCalculator(CompanyCalendar.Default), At(4, 1, 8));

        Assert.Equal(3, figures.Returns.Lots);
        Assert.Equal(22m, figures.Returns.Quantity);
        Assert.Equal(new OnTime(3, 1), figures.Returns.Reviews);
        Assert.Equal([new CodeCount("scrap", 2), new CodeCount("rework", 1)], figures.Returns.Dispositions);
        Assert.Equal(1, figures.Returns.AwaitingReview);
    }

    [Theory]
    [InlineData("en", "Returned goods", "Lots received 3 (quantity 22); reviewed 3, of which 1 within one working day of receipt (33", "Scrap 2", "Rework 1")]
    [InlineData("zh-CN", "退货", "本月收到退货 3 批（数量 22）；完成评审 3 批，其中收货后一个工作日内完成 1 批（33", "报废 2", "返工 1")]
    public void Render_MonthWithReturns_ShowsCountsAndDispositions(string language, string heading, string counts, string first, string second)
    {
        var figures = MonthlyAggregator.Compute(March, Facts, ReportSamples.Shanghai, new WorkingTimeCalculator(CompanyCalendar.Default), At(4, 1, 8));
        var summary = new MonthlySummary(figures, [figures.Trend], new ReportSettings(), ReportSamples.Shanghai, At(4, 1, 8));

        var pdf = MonthlySummaryRenderer.Render(summary, ReportSamples.Names, Serverless.Feedback.Localization.Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(PdfTools.Text(pdf), heading, counts, first, second);
    }
}
