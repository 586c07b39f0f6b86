using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Tests.Reports.Monthly.FactSamples;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>Lateness counted fairly (docs/procedure.md §8): who answers for a miss, and what does and does not erase it.</summary>
public sealed class LatenessFiguresTests
{
    private static readonly ReportMonth March = new(2026, 3);
    private static readonly DateTimeOffset AfterMarch = At(4, 1, 8);
    private static readonly WorkingTimeCalculator Calendar = new(CompanyCalendar.Default);

    private static readonly Accountable Directory = Accountable.From(
    [
        new StaffMember { Id = "qe", Email = "qe@example.com", Name = "Wang Wei", Department = "quality" },
        new StaffMember { Id = "qhead", Email = "qhead@example.com", Name = "Zhao Min", Department = "quality", Roles = [StaffRole.Staff, StaffRole.DepartmentHead] },
        new StaffMember { Id = "shead", Email = "shead@example.com", Name = "Sun Tao", Department = "sales", Roles = [StaffRole.Staff, StaffRole.DepartmentHead] },
    ]);

    [Fact]
    public void Compute_MissedDeadline_CountsAgainstFirstReceiverHandlerAndHandlersHead()
    {
        CaseFacts[] facts = [Complaint(At(3, 2)).Met(DeadlineKind.Resolution, At(3, 12))];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Equal(["clerk", "qe", "qhead"], figures.LateByPerson.Select(p => p.StaffId));
        Assert.All(figures.LateByPerson, p => Assert.Equal(1, p.MetLate));
    }

    [Fact]
    public void Compute_HandlerFromAnotherDepartment_CountsTheirOwnHead()
    {
        CaseFacts[] facts = [Complaint(At(3, 2)).Met(DeadlineKind.Resolution, At(3, 12)) with { HandlerId = "qe", Department = "sales" }];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Contains(figures.LateByPerson, p => p.StaffId == "qhead");
        Assert.DoesNotContain(figures.LateByPerson, p => p.StaffId == "shead");
    }

    [Fact]
    public void Compute_WithdrawnOverdueCase_StillCounts()
    {
        // Resolution due 7 March; the case was withdrawn on 12 March, long after the deadline had passed.
        CaseFacts[] facts = [Complaint(At(3, 2)).Closed(At(3, 12), CaseOutcome.Withdrawn)];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Contains(new PersonLate("qe", 1, 0), figures.LateByPerson);
        Assert.Contains(new PersonLate("clerk", 1, 0), figures.LateByPerson);
        Assert.Equal(new OnTime(1, 0), figures.Resolution);
    }

    [Fact]
    public void Compute_WithdrawnBeforeItsDeadline_CountsNeitherLateNorOnTime()
    {
        CaseFacts[] facts = [Complaint(At(3, 2)).Closed(At(3, 3), CaseOutcome.Withdrawn)];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Empty(figures.LateByPerson);
        Assert.Equal(new OnTime(0, 0), figures.Resolution);
    }

    [Fact]
    public void Compute_AcceptedReasonableCause_IsNotCountedAgainstAnyone()
    {
        var late = Complaint(At(3, 2)).Met(DeadlineKind.Resolution, At(3, 12));
        CaseFacts[] facts = [late with { Clocks = [.. late.Clocks.Select(c => c.Kind == DeadlineKind.Resolution ? c with { Excused = true } : c)] }];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Empty(figures.LateByPerson);
        Assert.Equal(new OnTime(1, 0), figures.Resolution);
    }

    [Fact]
    public void Compute_AgreedDateAfterAMiss_StillCountsTheMiss()
    {
        // The resolution was due 7 March, missed, then a date was agreed with the customer and met on it.
        var agreed = Complaint(At(3, 2));
        CaseFacts[] facts =
        [
            agreed with { Clocks = [.. agreed.Clocks.Select(c => c.Kind == DeadlineKind.Resolution ? c with { Due = At(3, 20), MissedDue = At(3, 7), MetAt = At(3, 19) } : c)] },
        ];

        var figures = MonthlyAggregator.Compute(March, facts, ReportSamples.Shanghai, Calendar, AfterMarch, Directory);

        Assert.Contains(new PersonLate("qe", 1, 0), figures.LateByPerson);
        Assert.Equal(new OnTime(1, 0), figures.Resolution);
    }
}
