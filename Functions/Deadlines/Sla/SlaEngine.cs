using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Deadlines.Sla;

/// <summary>
/// Keeps a case's deadline clocks (docs/procedure.md §3, §5, §7, §8): starts them at registration, moves them as the
/// case changes (assessment, agreed date, waiting for the customer, answers given), stops them at closure,
/// and says when the deadline sweep must look again. Pure: the calendar and the time are given.
/// </summary>
internal sealed class SlaEngine(WorkingTimeCalculator calendar)
{
    private static readonly CaseAction[] FirstResponseActions =
        [CaseAction.RecordFirstResponse, CaseAction.WaitForCustomer, CaseAction.SendToCustomer, CaseAction.AssessNotValid, CaseAction.Close, CaseAction.Withdraw];

    private static readonly CaseAction[] ResolutionActions = [CaseAction.SendToCustomer, CaseAction.AssessNotValid, CaseAction.Close, CaseAction.Withdraw, CaseAction.ResolveAtFirstContact];

    public CaseRecord Start(CaseRecord created, SlaRules rules, int policyRevision)
    {
        var targets = TierAFirst(new SeverityTargets(rules.FirstResponse, null, rules.ResolutionWorkingDays), rules, created);
        var clocks = new List<SlaClock> { Clock(DeadlineKind.FirstResponse, created.ReceivedAt, targets.FirstResponse, rules.FirstResponseElapsed) };
        if (created.Kind != CaseKind.Compliment)
        {
            clocks.Add(Requested(Clock(DeadlineKind.Resolution, created.ReceivedAt, targets.ResolutionWorkingDays), created));
        }

        // Complaints are classified and routed at triage (docs/procedure.md §4, §14.5); the other kinds take a shorter path.
        // A safety hazard is classified within elapsed hours, nights and days off included (docs/procedure.md §14.3).
        if (created.Kind == CaseKind.Complaint)
        {
            clocks.Add(created.Subject.SafetyHazard
                ? Clock(DeadlineKind.Triage, created.ReceivedAt, rules.SafetyTriage, elapsed: true)
                : Clock(DeadlineKind.Triage, created.ReceivedAt, rules.Triage));
        }

        var sla = new SlaState { PolicyRevision = policyRevision, Rules = rules, Clocks = clocks };
        return created with { Sla = Scheduled(sla, created) };
    }

    public CaseRecord Apply(CaseRecord before, CaseRecord after, CaseAction action, DateTimeOffset now)
    {
        if (after.Sla.Rules is not { } rules)
        {
            return after;
        }

        var clocks = after.Sla.Clocks.ToList();
        if (after.Assessment is { } assessment && assessment.Severity != before.Assessment?.Severity && after.Stage.IsOpen())
        {
            Retarget(clocks, TierAFirst(rules.For(assessment.Severity), rules, after), now, after);
        }

        if (after.AgreedDeadline is { } agreed && agreed != before.AgreedDeadline)
        {
            Update(clocks, DeadlineKind.Resolution, c => c.MetAt is null ? c with
            {
                Due = EndOf(agreed.Date),
                DueAgreedWithCustomer = true,
                DueRequestedByCustomer = false,
                MissedDue = c.MissedDue ?? (WasOverdue(c, now) ? c.Due : null),
                RemindersSent = [],
                EscalationLevel = 0,
                RemainingAtPause = c.PausedAt is null ? null : Remaining(c, now, EndOf(agreed.Date)),
            } : c);
        }

        if (FirstResponseActions.Contains(action) || after.FirstResponse is not null)
        {
            Update(clocks, DeadlineKind.FirstResponse, c => Met(c, after.FirstResponse?.At ?? now));
        }

        if (after.Assessment is { } assessed)
        {
            Update(clocks, DeadlineKind.Triage, c => Met(c, assessed.AssessedAt));
        }

        if (after.Investigation?.ReportedAt is { } reported)
        {
            Update(clocks, DeadlineKind.InvestigationReport, c => Met(c, reported));
        }

        if (ResolutionActions.Contains(action))
        {
            Update(clocks, DeadlineKind.Resolution, c => Met(c, now));
        }

        if (before.Waiting is null && after.Waiting is not null)
        {
            clocks = clocks.Select(c => c.IsRunning ? c with { PausedAt = now, RemainingAtPause = Remaining(c, now, c.Due) } : c).ToList();
        }
        else if (before.Waiting is not null && after.Waiting is null)
        {
            clocks = clocks.Select(c => c.MetAt is null && c.PausedAt is not null ? Resume(c, now) : c).ToList();
        }

        if (after.Stage.IsTerminal())
        {
            clocks = clocks.Select(c => Met(c, now)).ToList();
        }

        return after with { Sla = Scheduled(after.Sla with { Clocks = clocks }, after) };
    }

    /// <summary>When the sweep must next look at <paramref name="clock"/>: the next reminder or escalation that is due.</summary>
    public DateTimeOffset? NextCheck(SlaClock clock, SlaRules rules, bool serious)
    {
        if (!clock.IsRunning)
        {
            return null;
        }

        var reminder = PendingReminders(clock, rules).Select(r => r.At).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var escalation = EscalationDueAt(clock, rules, clock.EscalationLevel + 1) ?? DateTimeOffset.MaxValue;
        var next = reminder < escalation ? reminder : escalation;
        if (next == DateTimeOffset.MaxValue)
        {
            return null;
        }

        // Only serious cases and elapsed-time clocks are chased outside working hours (docs/procedure.md §3, §8).
        return serious || clock.Elapsed ? next : calendar.NextWorkingMoment(next);
    }

    /// <summary>Reminders not yet sent, with the moment each falls due (steps that would come before the clock started are left out).</summary>
    public IEnumerable<(string Step, DateTimeOffset At)> PendingReminders(SlaClock clock, SlaRules rules) =>
        rules.Reminders
            .Where(step => !clock.RemindersSent.Contains(step) && WorkingDuration.TryParse(step, out _))
            .Select(step => (step, At: Before(clock, clock.Due, step)))
            .Where(r => r.At > clock.StartedAt && r.At < clock.Due);

    /// <summary>When escalation <paramref name="level"/> (1-based) falls due; null past the last level.</summary>
    public DateTimeOffset? EscalationAt(SlaClock clock, SlaRules rules, int level)
    {
        if (level < 1 || level > rules.Escalation.Count)
        {
            return null;
        }

        var delay = rules.Escalation.Take(level).Aggregate(TimeSpan.Zero, (sum, step) => sum + Span(clock, step));
        return clock.Elapsed ? clock.Due + delay : calendar.AddWorkingTime(clock.Due, delay);
    }

    /// <summary>
    /// When escalation <paramref name="level"/> may go out: its place on the ladder, but never sooner than its
    /// step after the previous level actually went out. A sweep that could not run for a while therefore still
    /// climbs one level at a time, giving each level its working time to act.
    /// </summary>
    public DateTimeOffset? EscalationDueAt(SlaClock clock, SlaRules rules, int level)
    {
        if (EscalationAt(clock, rules, level) is not { } scheduled)
        {
            return null;
        }

        if (level < 2 || clock.LastEscalatedAt is not { } previous)
        {
            return scheduled;
        }

        var spaced = clock.Elapsed ? previous + Span(clock, rules.Escalation[level - 1]) : calendar.AddWorkingTime(previous, Span(clock, rules.Escalation[level - 1]));
        return spaced > scheduled ? spaced : scheduled;
    }

    /// <summary>Working time from <paramref name="now"/> to the deadline; negative once overdue.</summary>
    public TimeSpan Remaining(DateTimeOffset now, DateTimeOffset due) => calendar.WorkingTimeBetween(now, due);

    /// <summary>The time <paramref name="clock"/> has left at <paramref name="now"/>, in its own kind of time.</summary>
    public TimeSpan Remaining(SlaClock clock, DateTimeOffset now, DateTimeOffset due) => clock.Elapsed ? due - now : Remaining(now, due);

    /// <summary>A step of the policy (a reminder, an escalation) in the clock's own kind of time: a day is 24 hours on an elapsed clock.</summary>
    private TimeSpan Span(SlaClock clock, string step)
    {
        var duration = WorkingDuration.Parse(step);
        return clock.Elapsed ? TimeSpan.FromDays(duration.Days) + duration.Time : duration.In(calendar.Calendar);
    }

    private DateTimeOffset Before(SlaClock clock, DateTimeOffset end, string step) =>
        clock.Elapsed ? end - Span(clock, step) : calendar.SubtractWorkingTime(end, Span(clock, step));

    /// <summary>The last working moment of a date in the company's zone (midnight at its end when it has no working hours).</summary>
    public DateTimeOffset EndOf(DateOnly date)
    {
        var local = new NodaTime.LocalDate(date.Year, date.Month, date.Day);
        var start = local.AtStartOfDayInZone(calendar.Zone).ToDateTimeOffset();
        var end = local.PlusDays(1).AtStartOfDayInZone(calendar.Zone).ToDateTimeOffset();
        var working = calendar.WorkingTimeBetween(start, end);

        // The earliest instant by which all of the day's working time has passed is the end of its last interval.
        return working > TimeSpan.Zero ? calendar.AddWorkingTime(start, working) : end;
    }

    private SlaClock Clock(DeadlineKind kind, DateTimeOffset start, string budget, bool elapsed = false)
    {
        var clock = new SlaClock { Kind = kind, StartedAt = start, Due = start, Elapsed = elapsed };
        var amount = Span(clock, budget);
        return clock with { BudgetWorkingTime = amount, Due = elapsed ? start + amount : calendar.AddWorkingTime(start, amount) };
    }

    private SlaClock Clock(DeadlineKind kind, DateTimeOffset start, int workingDays) =>
        new() { Kind = kind, StartedAt = start, BudgetWorkingDays = workingDays, Due = calendar.AddWorkingDays(start, workingDays) };

    private void Retarget(List<SlaClock> clocks, SeverityTargets targets, DateTimeOffset now, CaseRecord after)
    {
        var valid = after.Assessment?.Validity == Validity.Valid;
        Update(clocks, DeadlineKind.FirstResponse, c => c.MetAt is null && c.PausedAt is null ? Rebudget(c, Clock(c.Kind, c.StartedAt, targets.FirstResponse, c.Elapsed)) : c);
        Update(clocks, DeadlineKind.Resolution, c => c.MetAt is null && c.PausedAt is null && !c.DueAgreedWithCustomer && (c.BudgetWorkingDays != targets.ResolutionWorkingDays || c.DueRequestedByCustomer)
            ? Rebudget(c, Requested(Clock(c.Kind, c.StartedAt, targets.ResolutionWorkingDays), after)) with
            {
                // A customer's date refused after it had passed stays a miss (docs/procedure.md §8).
                MissedDue = c.MissedDue ?? (c.DueRequestedByCustomer && after.RequestedDeadlineRefusal is not null && c.Due < now ? c.Due : null),
            }
            : c);

        var investigation = clocks.FindIndex(c => c.Kind == DeadlineKind.InvestigationReport);
        if (valid && targets.InvestigationReportWorkingDays is { } days && investigation < 0)
        {
            // The report to the GM is due within N working days of the assessment of every valid complaint (docs/procedure.md §5).
            clocks.Add(Clock(DeadlineKind.InvestigationReport, now, days));
        }
        else if (targets.InvestigationReportWorkingDays is null && investigation >= 0 && clocks[investigation].MetAt is null)
        {
            clocks.RemoveAt(investigation);
        }
    }

    /// <summary>
    /// The resolution clock with the customer's own date as its due time when that is earlier and was not
    /// refused at triage (docs/procedure.md §7, §14.4).
    /// </summary>
    private SlaClock Requested(SlaClock resolution, CaseRecord c)
    {
        var requested = c.Subject.RequestedDeadline is { } date && c.RequestedDeadlineRefusal is null ? EndOf(date) : (DateTimeOffset?)null;
        return requested < resolution.Due ? resolution with { Due = requested.Value, DueRequestedByCustomer = true } : resolution;
    }

    /// <summary>A tier-A customer's shorter targets where the policy sets them (docs/procedure.md §10); everyone else's unchanged.</summary>
    private SeverityTargets TierAFirst(SeverityTargets targets, SlaRules rules, CaseRecord c)
    {
        if (!c.Customer.TierA || rules.TierA is not { } tierA)
        {
            return targets;
        }

        var firstResponse = tierA.FirstResponse is { } shorter && WorkingDuration.TryParse(shorter, out var parsed)
            && parsed.In(calendar.Calendar) < WorkingDuration.Parse(targets.FirstResponse).In(calendar.Calendar)
            ? shorter
            : targets.FirstResponse;
        return targets with
        {
            FirstResponse = firstResponse,
            ResolutionWorkingDays = Math.Min(targets.ResolutionWorkingDays, tierA.ResolutionWorkingDays ?? int.MaxValue),
        };
    }

    private static SlaClock Rebudget(SlaClock current, SlaClock fresh) =>
        fresh.Due == current.Due && fresh.DueRequestedByCustomer == current.DueRequestedByCustomer ? current : current with
        {
            BudgetWorkingTime = fresh.BudgetWorkingTime,
            BudgetWorkingDays = fresh.BudgetWorkingDays,
            Due = fresh.Due,
            DueRequestedByCustomer = fresh.DueRequestedByCustomer,
            RemindersSent = [],
            EscalationLevel = 0,
        };

    private SlaClock Resume(SlaClock clock, DateTimeOffset now)
    {
        var remaining = clock.RemainingAtPause ?? TimeSpan.Zero;
        var due = clock.Elapsed ? now + remaining : remaining >= TimeSpan.Zero ? calendar.AddWorkingTime(now, remaining) : calendar.SubtractWorkingTime(now, -remaining);
        return clock with { Due = due, PausedAt = null, RemainingAtPause = null };
    }

    private static bool WasOverdue(SlaClock clock, DateTimeOffset now) =>
        clock.PausedAt is null ? clock.Due < now : clock.RemainingAtPause < TimeSpan.Zero;

    private static SlaClock Met(SlaClock clock, DateTimeOffset at) =>
        clock.MetAt is null ? clock with { MetAt = at, PausedAt = null, RemainingAtPause = null, NextCheckAt = null } : clock;

    /// <summary>
    /// Chased at any hour, with the person on duty beside the usual people (docs/procedure.md §8, §14.3): a serious case,
    /// and a safety hazard until triage has judged it.
    /// </summary>
    public static bool IsUrgent(CaseRecord c) =>
        c.Assessment?.Severity == Severity.Serious || (c.Assessment is null && c.Subject.SafetyHazard);

    private SlaState Scheduled(SlaState sla, CaseRecord c)
    {
        var serious = IsUrgent(c);
        return sla with { Clocks = sla.Clocks.Select(k => k with { NextCheckAt = c.Stage.IsOpen() ? NextCheck(k, sla.Rules!, serious) : null }).ToList() };
    }

    private static void Update(List<SlaClock> clocks, DeadlineKind kind, Func<SlaClock, SlaClock> change)
    {
        var index = clocks.FindIndex(c => c.Kind == kind);
        if (index >= 0)
        {
            clocks[index] = change(clocks[index]);
        }
    }
}
