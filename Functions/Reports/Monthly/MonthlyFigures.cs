using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>The statistics of one month (docs/procedure.md §11), counted by <see cref="MonthlyAggregator"/>.</summary>
internal sealed record MonthlyFigures
{
    public required ReportMonth Month { get; init; }

    public required DateTimeOffset From { get; init; }

    /// <summary>The end of the month, or the moment of counting for a month that is not over yet.</summary>
    public required DateTimeOffset Until { get; init; }

    public bool Complete { get; init; }

    /// <summary>Every kind of feedback: received, closed and open at the end.</summary>
    public required IReadOnlyList<KindCounts> ByKind { get; init; }

    /// <summary>Complaints: the totals, and the same counts by category, severity, department and channel.</summary>
    public required Counts Complaints { get; init; }

    public required IReadOnlyList<Counts> ByCategory { get; init; }

    public required IReadOnlyList<Counts> BySeverity { get; init; }

    public required IReadOnlyList<Counts> ByDepartment { get; init; }

    public required IReadOnlyList<Counts> ByChannel { get; init; }

    /// <summary>Cases of every kind closed this month by the first receiver at once (docs/procedure.md §14.2).</summary>
    public int ResolvedAtFirstContact { get; init; }

    public required OnTime FirstResponse { get; init; }

    public required OnTime Resolution { get; init; }

    /// <summary>Investigation reports to the general manager sent this month, and how many within their working days (docs/procedure.md §5).</summary>
    public OnTime InvestigationReport { get; init; } = new(0, 0);

    /// <summary>Mean working time from receipt to the first response met this month.</summary>
    public TimeSpan? AverageFirstResponse { get; init; }

    public TimeSpan? AverageResolution { get; init; }

    /// <summary>Root causes found this month (investigation reports completed), by category.</summary>
    public required IReadOnlyList<CodeCount> RootCauses { get; init; }

    /// <summary>Complaints received this month, by category (assessed ones).</summary>
    public required IReadOnlyList<CodeCount> Categories { get; init; }

    public required SatisfactionFigures Satisfaction { get; init; }

    /// <summary>Approved corrective and preventive actions open at the end of the month, earliest due date first.</summary>
    public required IReadOnlyList<OpenAction> OpenActions { get; init; }

    /// <summary>Deadlines missed (met late this month or overdue at its end), per person accountable (docs/procedure.md §8, §12).</summary>
    public required IReadOnlyList<PersonLate> LateByPerson { get; init; }

    /// <summary>Improvement actions (docs/procedure.md §14.7–8): their own section, never counted as complaints or feedback.</summary>
    public ImprovementFigures Improvements { get; init; } = ImprovementFigures.None;

    /// <summary>Complaints received in the month whose approved resolution returns goods (the returns count until returns are recorded).</summary>
    public int RemedialReturns { get; init; }

    /// <summary>Returned goods: lots received, reviews on time, dispositions (docs/procedure.md §14.6).</summary>
    public ReturnFigures Returns { get; init; } = ReturnFigures.None;

    public int LateActions => OpenActions.Count(a => a.Late);

    public MonthTrendPoint Trend => new(
        Month.ToString(),
        Complaints.Received,
        Complaints.Closed,
        Complaints.Open,
        Complaints.Overdue,
        Resolution.Met,
        Resolution.MetOnTime,
        Satisfaction.Count,
        Satisfaction.Sum);
}

/// <summary>Counts for one value of a dimension; <see cref="Code"/> null is "not assessed" or "no department".</summary>
internal sealed record Counts(string? Code, int Received, int Closed, int Open, int Overdue);

internal sealed record KindCounts(CaseKind Kind, int Received, int Closed, int Open);

internal sealed record CodeCount(string Code, int Count);

/// <summary>Deadlines of one kind met this month, and how many of them in time.</summary>
internal sealed record OnTime(int Met, int MetOnTime)
{
    public double? Rate => Met == 0 ? null : (double)MetOnTime / Met;
}

internal sealed record SatisfactionFigures(int Count, int Sum, IReadOnlyList<int> Distribution, int ClosedThisMonth)
{
    public double? Average => Count == 0 ? null : (double)Sum / Count;

    /// <summary>Ratings received against cases closed in the month (a rating may come in the month after closure).</summary>
    public double? ResponseRate => ClosedThisMonth == 0 ? null : Math.Min(1, (double)Count / ClosedThisMonth);
}

internal sealed record OpenAction(string CaseNumber, string ActionId, bool Corrective, string Description, string Owner, DateOnly DueDate, bool Late);

internal sealed record PersonLate(string StaffId, int MetLate, int OverdueAtEnd);

/// <summary>
/// The figures of a month the trend needs, kept per month (MonthlyStats) when its summary is produced so the
/// trend never counts twelve months again.
/// </summary>
internal sealed record MonthTrendPoint(
    string Month,
    int Received,
    int Closed,
    int OpenAtEnd,
    int OverdueAtEnd,
    int ResolutionsMet,
    int ResolutionsOnTime,
    int Ratings,
    int ScoreSum)
{
    public double? OnTimeRate => ResolutionsMet == 0 ? null : (double)ResolutionsOnTime / ResolutionsMet;

    public double? AverageScore => Ratings == 0 ? null : (double)ScoreSum / Ratings;
}

/// <summary>Improvement actions opened and closed in the month, and every one open at its end.</summary>
internal sealed record ImprovementFigures(int Opened, int Closed, IReadOnlyList<ImprovementLine> OpenAtEnd)
{
    public static ImprovementFigures None { get; } = new(0, 0, []);
}

/// <summary>One improvement action: its case, owning department and what opened it.</summary>
internal sealed record ImprovementLine(string CaseNumber, string? Department, string Source, string Reference, string Topic, DateTimeOffset OpenedAt);
