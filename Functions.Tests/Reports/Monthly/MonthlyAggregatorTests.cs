using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Pdf;
using Serverless.Feedback.Pdf.Charts;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>The monthly statistics (docs/procedure.md §11), counted from case facts in the company's time zone.</summary>
public sealed class MonthlyAggregatorTests
{
    private static readonly ReportMonth March = new(2026, 3);
    private static readonly DateTimeOffset AfterMarch = At(4, 1, 8);
    private static readonly WorkingTimeCalculator Calendar = new(CompanyCalendar.Default);

    [Fact]
    public void Compute_CasesAroundTheMonth_CountsReceivedClosedOpenAndOverdueAtItsEnd()
    {
        CaseFacts[] facts =
        [
            Complaint(At(3, 2)).Closed(At(3, 5)),                                   // received and closed in March
            Complaint(At(2, 25)).Closed(At(3, 10)),                                 // closed in March only
            Complaint(At(3, 20), Category.Delivery, Severity.Major),               // open, resolution due 25 March: overdue
            Complaint(At(3, 30), Category.Packaging),                              // open, not yet due
            Complaint(At(3, 31, 23, 30)),                                          // the last half hour of March in Shanghai
            Complaint(At(4, 1, 0, 30)),                                            // 31 March in UTC, April in Shanghai: not counted
            Complaint(At(3, 10)).Closed(At(4, 2)),                                 // open at the end of March, and overdue then
            Complaint(At(3, 3)).Closed(At(3, 4), CaseOutcome.Withdrawn),           // received, but withdrawn is not closed
            Complaint(At(3, 4)) with { Kind = CaseKind.Suggestion, Category = null, Severity = null },
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch);

        Assert.True(figures.Complete);
        Assert.Equal(At(3, 1, 0), figures.From);
        Assert.Equal(At(4, 1, 0), figures.Until);
        Assert.Equal(new Counts(null, Received: 6, Closed: 2, Open: 4, Overdue: 2), figures.Complaints);
        Assert.Equal(new Counts("delivery", 1, 0, 1, 1), figures.ByCategory.Single(c => c.Code == "delivery"));
        Assert.Equal(new Counts("productQuality", 4, 2, 2, 1), figures.ByCategory.Single(c => c.Code == "productQuality"));
        Assert.Equal(9, figures.ByCategory.Count);
        Assert.Equal(new Counts("major", 1, 0, 1, 1), figures.BySeverity.Single(c => c.Code == "major"));
        Assert.Equal(new Counts("quality", 6, 2, 4, 2), Assert.Single(figures.ByDepartment));
        Assert.Equal("web", Assert.Single(figures.ByChannel).Code);
        Assert.Equal(new KindCounts(CaseKind.Suggestion, 1, 0, 1), figures.ByKind.Single(k => k.Kind == CaseKind.Suggestion));
    }

    [Fact]
    public void Compute_DeadlinesMetThisMonth_OnTimeRateAndAverageWorkingTime()
    {
        var monday = At(3, 2);
        CaseFacts[] facts =
        [
            Complaint(monday).Met(DeadlineKind.FirstResponse, At(3, 2, 11)),                              // 2 working hours, on time
            Complaint(monday).Met(DeadlineKind.FirstResponse, At(3, 3, 10, 30), due: At(3, 2, 17, 30)),   // 7.5 h on Monday + 2 h on Tuesday, late
            Complaint(At(2, 27)).Met(DeadlineKind.FirstResponse, At(2, 27, 10)),                           // met in February
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch);

        Assert.Equal(new OnTime(2, 1), figures.FirstResponse);
        Assert.Equal(0.5, figures.FirstResponse.Rate);
        Assert.Equal(TimeSpan.FromHours(5.75), figures.AverageFirstResponse);
        Assert.Equal(new OnTime(0, 0), figures.Resolution);
        Assert.Null(figures.Resolution.Rate);
        Assert.Null(figures.AverageResolution);
    }

    [Fact]
    public void Compute_RootCausesAndCategories_LargestFirstAndTheParetoLineEndsAtHundredPercent()
    {
        var facts = new List<CaseFacts>();
        foreach (var (cause, count) in new[] { (RootCauseCategory.Material, 2), (RootCauseCategory.Machine, 5), (RootCauseCategory.Person, 1), (RootCauseCategory.Method, 3) })
        {
            facts.AddRange(Enumerable.Range(0, count).Select(i => Complaint(At(3, 2 + i), i % 2 == 0 ? Category.ProductQuality : Category.Packaging) with { RootCause = cause, InvestigatedAt = At(3, 12) }));
        }

        facts.Add(Complaint(At(2, 20)) with { RootCause = RootCauseCategory.Environment, InvestigatedAt = At(2, 27) });

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch);

        Assert.Equal([new("machine", 5), new("method", 3), new("material", 2), new("person", 1)], figures.RootCauses);
        Assert.Equal([new("productQuality", 7), new("packaging", 4)], figures.Categories);
        var (sorted, percents) = ParetoData.Prepare([.. figures.RootCauses.Select(c => new PdfChartValue(c.Code, c.Count))]);
        Assert.Equal(sorted.Select(v => v.Value).OrderDescending(), sorted.Select(v => v.Value));
        Assert.Equal(100, percents[^1]);
    }

    [Fact]
    public void Compute_RatingsThisMonth_AverageDistributionAndRatingsPerClosedCase()
    {
        CaseFacts[] facts =
        [
            Complaint(At(3, 2)).Closed(At(3, 5)) with { Score = 5, RatedAt = At(3, 6) },
            Complaint(At(3, 2)).Closed(At(3, 6)) with { Score = 4, RatedAt = At(3, 7) },
            Complaint(At(3, 2)).Closed(At(3, 7)),
            Complaint(At(3, 2)).Closed(At(3, 8)) with { Kind = CaseKind.Compliment, Score = 5, RatedAt = At(3, 9) },
            Complaint(At(2, 2)).Closed(At(2, 5)) with { Score = 1, RatedAt = At(2, 6) },
        ];

        var s = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch).Satisfaction;

        Assert.Equal(3, s.Count);
        Assert.Equal(14.0 / 3, s.Average);
        Assert.Equal([0, 0, 0, 1, 2], s.Distribution);
        Assert.Equal(0.75, s.ResponseRate);
    }

    [Fact]
    public void Compute_ApprovedActions_OpenAtTheMonthEndWithTheLateOnesMarked()
    {
        var approved = At(3, 3);
        var c = Complaint(At(3, 2)) with
        {
            Actions =
            [
                new FactAction("C1", true, "Calibrate pump", "Line 2 lead", new DateOnly(2026, 3, 20), ActionStatus.Planned, null, approved),
                new FactAction("C2", true, "New work instruction", "qe", new DateOnly(2026, 4, 10), ActionStatus.InProgress, null, approved),
                new FactAction("P1", false, "Audit all pumps", "Quality", new DateOnly(2026, 3, 25), ActionStatus.Done, At(4, 2), approved),
                new FactAction("P2", false, "Train operators", "Quality", new DateOnly(2026, 3, 25), ActionStatus.Done, At(3, 15), approved),
                new FactAction("P3", false, "Cancelled idea", "Quality", new DateOnly(2026, 3, 25), ActionStatus.Cancelled, null, approved),
                new FactAction("C3", true, "Approved in April", "Quality", new DateOnly(2026, 3, 31), ActionStatus.Planned, null, At(4, 2)),
            ],
        };

        var figures = MonthlyAggregator.Compute(March, [c], ReportSamples.Shanghai, Calendar, At(4, 5));

        Assert.Equal(["C1", "P1", "C2"], figures.OpenActions.Select(a => a.ActionId));
        Assert.Equal([true, true, false], figures.OpenActions.Select(a => a.Late));
        Assert.Equal(2, figures.LateActions);
    }

    [Fact]
    public void Compute_MonthNotOver_CountsUpToNow()
    {
        var now = At(3, 15, 12);
        CaseFacts[] facts = [Complaint(At(3, 2)), Complaint(At(3, 16))];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, now);

        Assert.False(figures.Complete);
        Assert.Equal(now, figures.Until);
        Assert.Equal(1, figures.Complaints.Received);
    }

    [Fact]
    public void Compute_MissedDeadlines_CountOnceAgainstHandlerAndFirstReceiver()
    {
        CaseFacts[] facts =
        [
            Complaint(At(3, 2)).Met(DeadlineKind.FirstResponse, At(3, 4), due: At(3, 3)).Met(DeadlineKind.Resolution, At(3, 5)),
            Complaint(At(3, 2)) with { HandlerId = "wang", FirstReceiverId = "wang" },
            Complaint(At(3, 30)),
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch);

        Assert.Equal([new PersonLate("clerk", 1, 0), new PersonLate("qe", 1, 0), new PersonLate("wang", 0, 1)], figures.LateByPerson);
    }

    [Fact]
    public void WasOverdueAt_PausedClock_CountsOnlyWhenItWasOverdueWhenItPaused()
    {
        var paused = new FactClock(DeadlineKind.Resolution, At(3, 2), At(3, 9), null, At(3, 5), TimeSpan.FromHours(10));

        Assert.False(paused.WasOverdueAt(At(3, 20)));
        Assert.True((paused with { RemainingAtPause = TimeSpan.FromHours(-1) }).WasOverdueAt(At(3, 20)));
        Assert.True((paused with { PausedAt = At(3, 25) }).WasOverdueAt(At(3, 20)));
        Assert.False(paused.WasOverdueAt(At(3, 4)));
    }
}
