using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Reports.Facts;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// Counts one month from case facts. Pure: the same facts, month and clock give the same figures. A month
/// that is not over yet is counted up to <c>now</c>.
/// </summary>
internal static class MonthlyAggregator
{
    private static readonly DeadlineKind[] Measured = [DeadlineKind.FirstResponse, DeadlineKind.InvestigationReport, DeadlineKind.Resolution];

    public static MonthlyFigures Compute(
        ReportMonth month, IEnumerable<CaseFacts> facts, TimeZoneInfo zone, WorkingTimeCalculator calendar, DateTimeOffset now, Accountable? accountable = null)
    {
        var from = month.Start(zone);
        var end = month.End(zone);
        var until = end < now ? end : now;
        bool During(DateTimeOffset? at) => at is { } moment && moment >= from && moment < until;

        var everything = facts.Where(f => f.ReceivedAt < until).ToList();

        // Improvement actions are the company's own work, not feedback: they have their own section only.
        var all = everything.Where(f => f.Kind != CaseKind.Improvement).ToList();
        var complaints = all.Where(f => f.Kind == CaseKind.Complaint).ToList();
        var received = complaints.Where(f => During(f.ReceivedAt)).ToList();
        var closed = complaints.Where(f => During(f.ClosedAt) && f.Outcome != CaseOutcome.Withdrawn).ToList();
        var open = complaints.Where(f => f.WasOpenAt(until)).ToList();
        var overdue = open.Where(f => f.WasOverdueAt(until)).ToList();

        List<Counts> By(Func<CaseFacts, string?> dimension, IEnumerable<string> known) =>
        [
            .. known.Cast<string?>().Concat(received.Concat(closed).Concat(open).Select(dimension)).Distinct()
                .Select(code => new Counts(
                    code,
                    received.Count(f => dimension(f) == code),
                    closed.Count(f => dimension(f) == code),
                    open.Count(f => dimension(f) == code),
                    overdue.Count(f => dimension(f) == code)))
                .Where(c => c.Received + c.Closed + c.Open > 0 || c.Code is not null),
        ];

        var met = Measured.ToDictionary(
            kind => kind,
            kind => complaints.Select(f => f.Outcome == CaseOutcome.Withdrawn ? MissedOf(f.Clock(kind)) : f.Clock(kind)).OfType<FactClock>().Where(c => During(c.MetAt)).ToList());
        var ratings = all.Where(f => During(f.RatedAt) && f.Score is >= 1 and <= 5).Select(f => f.Score!.Value).ToList();
        var dueDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime);

        return new MonthlyFigures
        {
            Month = month,
            From = from,
            Until = until,
            Complete = end <= now,
            ByKind = [.. Enum.GetValues<CaseKind>().Where(kind => kind != CaseKind.Improvement).Select(kind => new KindCounts(
                kind,
                all.Count(f => f.Kind == kind && During(f.ReceivedAt)),
                all.Count(f => f.Kind == kind && During(f.ClosedAt) && f.Outcome != CaseOutcome.Withdrawn),
                all.Count(f => f.Kind == kind && f.WasOpenAt(until))))],
            Complaints = new Counts(null, received.Count, closed.Count, open.Count, overdue.Count),
            ByCategory = By(f => Code(f.Category), Enum.GetValues<Category>().Select(CaseRows.Code)),
            BySeverity = By(f => Code(f.Severity), Enum.GetValues<Severity>().Select(CaseRows.Code)),
            ByDepartment = By(f => f.Department, []),
            ByChannel = By(f => CaseRows.Code(f.Channel), []),
            ResolvedAtFirstContact = all.Count(f => During(f.ClosedAt) && f.Outcome == CaseOutcome.ResolvedAtFirstContact),
            FirstResponse = OnTimeOf(met[DeadlineKind.FirstResponse]),
            Resolution = OnTimeOf(met[DeadlineKind.Resolution]),
            InvestigationReport = OnTimeOf(met[DeadlineKind.InvestigationReport]),
            AverageFirstResponse = Average(met[DeadlineKind.FirstResponse], calendar),
            AverageResolution = Average(met[DeadlineKind.Resolution], calendar),
            RootCauses = Tally(complaints.Where(f => During(f.InvestigatedAt) && f.RootCause is not null).Select(f => CaseRows.Code(f.RootCause!.Value))),
            Categories = Tally(received.Where(f => f.Category is not null).Select(f => CaseRows.Code(f.Category!.Value))),
            Satisfaction = new SatisfactionFigures(
                ratings.Count,
                ratings.Sum(),
                [.. Enumerable.Range(1, 5).Select(score => ratings.Count(r => r == score))],
                all.Count(f => During(f.ClosedAt) && f.Outcome != CaseOutcome.Withdrawn)),
            OpenActions = [.. all
                .SelectMany(f => f.Actions.Where(a => a.WasOpenAt(until)).Select(a => new OpenAction(f.Number, a.Id, a.Corrective, a.Description, a.Owner, a.DueDate, a.DueDate < dueDate)))
                .OrderBy(a => a.DueDate)
                .ThenBy(a => a.CaseNumber, StringComparer.Ordinal)
                .ThenBy(a => a.ActionId, StringComparer.Ordinal)],
            LateByPerson = LateByPerson(complaints, During, until, accountable ?? Accountable.None),
            RemedialReturns = received.Count(f => f.Returns),
            Returns = ReturnFigures.Count(complaints, month, During, until, dueDate),
            Improvements = ImprovementsOf(everything.Where(f => f.Kind == CaseKind.Improvement).ToList(), During, until),
        };
    }

    private static string? Code<T>(T? value)
        where T : struct, Enum => value is { } v ? CaseRows.Code(v) : null;

    private static OnTime OnTimeOf(List<FactClock> met) => new(met.Count, met.Count(c => c.MetOnTime));

    private static TimeSpan? Average(List<FactClock> met, WorkingTimeCalculator calendar) =>
        met.Count == 0 ? null : TimeSpan.FromTicks((long)met.Average(c => calendar.WorkingTimeBetween(c.StartedAt, c.MetAt!.Value).Ticks));

    private static List<CodeCount> Tally(IEnumerable<string> codes) =>
        [.. codes.GroupBy(c => c, StringComparer.Ordinal).Select(g => new CodeCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)];

    private static ImprovementFigures ImprovementsOf(List<CaseFacts> improvements, Func<DateTimeOffset?, bool> during, DateTimeOffset until) => new(
        improvements.Count(f => during(f.ReceivedAt)),
        improvements.Count(f => during(f.ClosedAt) && f.Outcome != CaseOutcome.Withdrawn),
        [.. improvements.Where(f => f.WasOpenAt(until))
            .OrderBy(f => f.ReceivedAt)
            .ThenBy(f => f.Number, StringComparer.Ordinal)
            .Select(f => new ImprovementLine(f.Number, f.Department, f.Improvement?.Source ?? "", f.Improvement?.Reference ?? "", f.Improvement?.Topic ?? "", f.ReceivedAt))]);

    /// <summary>
    /// A withdrawal stops a case's clocks without meeting them: only a deadline it had already missed is counted,
    /// so a withdrawn case keeps its misses (docs/procedure.md §8) and adds no on-time answer it never gave.
    /// </summary>
    private static FactClock? MissedOf(FactClock? clock) => clock is { MetOnTime: false } ? clock : null;

    /// <summary>
    /// Each missed deadline counts once against the first receiver, the handler and the handler's department head
    /// (docs/procedure.md §8, "首问责任人、承办人及其部门主管"), unless the head accepted a reasonable cause for it. A withdrawn
    /// case keeps its misses.
    /// </summary>
    private static List<PersonLate> LateByPerson(List<CaseFacts> complaints, Func<DateTimeOffset?, bool> during, DateTimeOffset until, Accountable accountable)
    {
        var tally = new Dictionary<string, (int MetLate, int Overdue)>(StringComparer.Ordinal);
        foreach (var f in complaints)
        {
            var metLate = f.Clocks.Count(c => during(c.MetAt) && !c.MetOnTime && !c.Excused);
            var overdue = f.WasOpenAt(until) && f.Clocks.Any(c => !c.Excused && c.WasOverdueAt(until)) ? 1 : 0;
            if (metLate + overdue == 0)
            {
                continue;
            }

            foreach (var person in new[] { f.FirstReceiverId, f.HandlerId, accountable.HeadOf(f) }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var (late, open) = tally.GetValueOrDefault(person);
                tally[person] = (late + metLate, open + overdue);
            }
        }

        return [.. tally.Select(p => new PersonLate(p.Key, p.Value.MetLate, p.Value.Overdue)).OrderByDescending(p => p.MetLate + p.OverdueAtEnd).ThenBy(p => p.StaffId, StringComparer.Ordinal)];
    }
}
