using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>Improvement actions have their own section of the monthly summary and count nowhere else (docs/procedure.md §14.7).</summary>
public sealed class ImprovementFiguresTests
{
    private static readonly ReportMonth March = new(2026, 3);
    private static readonly WorkingTimeCalculator Calendar = new(CompanyCalendar.Default);

    [Fact]
    public void Compute_ImprovementActions_CountInTheirOwnSectionOnly()
    {
        CaseFacts[] facts =
        [
            Complaint(At(3, 2)),
            Improvement(At(3, 3)),
            Improvement(At(3, 4)).Closed(At(3, 20)),
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, At(4, 1, 8));

        Assert.Equal(1, figures.Complaints.Received);
        Assert.DoesNotContain(figures.ByKind, k => k.Kind == CaseKind.Improvement);
        Assert.Equal(1, figures.ByKind.Sum(k => k.Received));
        Assert.Equal(0, figures.Satisfaction.ClosedThisMonth);
        Assert.Equal((2, 1), (figures.Improvements.Opened, figures.Improvements.Closed));
        var open = Assert.Single(figures.Improvements.OpenAtEnd);
        Assert.Equal(("quality", ImprovementOrigin.AnnualSurvey, "packaging"), (open.Department, open.Source, open.Topic));
    }

    private static CaseFacts Improvement(DateTimeOffset opened) => Complaint(opened) with
    {
        Kind = CaseKind.Improvement,
        Category = null,
        Severity = null,
        Clocks = [],
        Improvement = new ImprovementOrigin(ImprovementOrigin.AnnualSurvey, "2025", "packaging", 2m, 3.5m),
    };
}
