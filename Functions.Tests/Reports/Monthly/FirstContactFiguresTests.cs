using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Monthly;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>First-contact resolutions have their own line in the monthly summary (docs/procedure.md §14.2).</summary>
public sealed class FirstContactFiguresTests
{
    [Fact]
    public void Compute_FirstContactResolutions_CountsThoseClosedThisMonthOfEveryKind()
    {
        var march = new ReportMonth(2026, 3);
        var calendar = new WorkingTimeCalculator(CompanyCalendar.Default);
        var facts = new[]
        {
            Complaint(At(3, 2)).Closed(At(3, 2, 10), CaseOutcome.ResolvedAtFirstContact),
            Complaint(At(3, 3)).Closed(At(3, 3, 9, 30), CaseOutcome.ResolvedAtFirstContact) with { Kind = CaseKind.Inquiry },
            Complaint(At(2, 27)).Closed(At(2, 27, 10), CaseOutcome.ResolvedAtFirstContact),
            Complaint(At(3, 4)).Closed(At(3, 9)),
        };

        var figures = MonthlyAggregator.Compute(march, facts, ReportSamples.Shanghai, calendar, At(4, 2));

        Assert.Equal(2, figures.ResolvedAtFirstContact);
        Assert.Equal(2, figures.Complaints.Closed);
    }
}
