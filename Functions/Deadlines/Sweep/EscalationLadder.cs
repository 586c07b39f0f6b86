using System.Globalization;
using NodaTime;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Deadlines.Sweep;

/// <summary>
/// Decides the next reminder or escalation of a case's deadlines (docs/procedure.md §8), one step per call so that each
/// becomes its own history event: before a deadline the owner is reminded (the most urgent due step is sent,
/// every due step is marked); once it passed the case climbs the ladder one level at a time. Pure: the
/// calendar, the roster and the time are given.
/// </summary>
internal sealed class EscalationLadder(WorkingTimeCalculator calendar, CalendarSettings roster)
{
    public const string ReminderTemplate = "deadline-reminder";
    public const string EscalationTemplate = "deadline-escalation";

    private static readonly Localizer English = Texts.Instance.For(Texts.English);

    private readonly SlaEngine _engine = new(calendar);

    public CaseDecision? Decide(CaseRecord current, CaseContext context)
    {
        var now = context.Now;
        if (!current.Stage.IsOpen() || current.Sla.Rules is not { } rules)
        {
            return null;
        }

        // Outside working hours only serious cases, safety hazards and elapsed-time clocks are chased; the others wait for the next working moment.
        var offHours = !calendar.IsWorkingTime(now);
        var step = current.Sla.Clocks
            .Where(c => c.IsRunning && (!offHours || c.Elapsed || IsSerious(current)))
            .Select(c => Due(c, rules, now))
            .OfType<ChaseStep>()
            .MinBy(s => s.At);
        return step is null ? null : step.Level is { } level
            ? Escalate(current, step.Clock, rules, level, context)
            : Remind(current, step.Clock, step.Reminders, context, OnDuty(now));
    }

    /// <summary>
    /// When the sweep can next do something for a case whose index row is due but that had nothing to do now
    /// (night, a day made a holiday after the row was written); null when none of its clocks needs checking.
    /// </summary>
    public DateTimeOffset? NextPossible(CaseRecord current, DateTimeOffset now)
    {
        if (!current.Stage.IsOpen() || current.Sla.Rules is not { } rules)
        {
            return null;
        }

        var serious = IsSerious(current);
        var next = current.Sla.Clocks.Select(c => _engine.NextCheck(c, rules, serious)).Where(at => at is not null).Min();
        return next is not { } at ? null : at > now ? at : serious ? now : calendar.NextWorkingMoment(now);
    }

    private static bool IsSerious(CaseRecord current) => SlaEngine.IsUrgent(current);

    /// <summary>The person on duty now, when it is outside working hours and the roster names one.</summary>
    private string? OnDuty(DateTimeOffset now) =>
        calendar.IsWorkingTime(now) ? null : roster.OnDutyOn(Instant.FromDateTimeOffset(now).InZone(calendar.Zone).Date.ToDateOnly());

    /// <summary>
    /// Outside working hours the person on duty answers in everyone's place (docs/procedure.md §14.3); a serious case
    /// reaches them as well as the usual people, who are chased for it at any hour.
    /// </summary>
    private static List<MailEffect> OnDutyInstead(CaseRecord current, List<MailEffect> usual, string template, IReadOnlyDictionary<string, string> values, string? onDuty)
    {
        if (onDuty is null)
        {
            return usual;
        }

        var duty = new MailEffect(template, MailAudience.StaffMember, onDuty, values);
        return IsSerious(current) ? [.. usual, duty] : [duty];
    }

    private ChaseStep? Due(SlaClock clock, SlaRules rules, DateTimeOffset now)
    {
        var level = clock.EscalationLevel + 1;
        if (_engine.EscalationDueAt(clock, rules, level) is { } escalateAt && escalateAt <= now)
        {
            return new ChaseStep(clock, escalateAt, level, []);
        }

        var reminders = _engine.PendingReminders(clock, rules).Where(r => r.At <= now).ToList();
        return reminders.Count == 0 ? null : new ChaseStep(clock, reminders.Min(r => r.At), null, reminders);
    }

    private static CaseDecision Remind(CaseRecord current, SlaClock clock, IReadOnlyList<(string Step, DateTimeOffset At)> due, CaseContext context, string? onDuty)
    {
        // The latest due step is the closest to the deadline: one mail says the most urgent thing.
        var urgent = due.MaxBy(r => r.At).Step;
        var updated = clock with { RemindersSent = [.. clock.RemindersSent, .. due.Select(r => r.Step)] };
        var values = Values(clock);
        var comment = string.Create(CultureInfo.InvariantCulture, $"Reminder {urgent} before the {Label(clock)} deadline (due {clock.Due:yyyy-MM-dd HH:mm zzz}).");
        var owners = Owners(current, ReminderTemplate, values, context, withFirstReceiver: false);
        return new CaseDecision(With(current, updated), CaseAction.RemindDeadline, [.. OnDutyInstead(current, owners, ReminderTemplate, values, onDuty)], comment);
    }

    private CaseDecision Escalate(CaseRecord current, SlaClock clock, SlaRules rules, int level, CaseContext context)
    {
        // Reminders still pending when the deadline passed have nothing left to say.
        var updated = clock with
        {
            EscalationLevel = level,
            LastEscalatedAt = context.Now,
            RemindersSent = [.. clock.RemindersSent.Union(rules.Reminders)],
        };
        var values = Values(clock);
        List<MailEffect> effects = level switch
        {
            1 => Owners(current, EscalationTemplate, values, context, withFirstReceiver: true),
            2 => [new MailEffect(EscalationTemplate, MailAudience.DepartmentHead, HeadsDepartment(current, clock, context), values)],
            _ => [new MailEffect(EscalationTemplate, MailAudience.Role, nameof(StaffRole.DeputyGm), values), new MailEffect(EscalationTemplate, MailAudience.Role, nameof(StaffRole.Gm), values)],
        };

        // 节假日值班: on days off and at night the person on duty is chased (docs/procedure.md §8, §14.3).
        effects = OnDutyInstead(current, effects, EscalationTemplate, values, OnDuty(context.Now));

        var comment = string.Create(CultureInfo.InvariantCulture, $"Escalation level {level} ({LevelName(level)}): the {Label(clock)} deadline passed (due {clock.Due:yyyy-MM-dd HH:mm zzz}).");
        return new CaseDecision(With(current, updated), CaseAction.EscalateDeadline, [.. effects.DistinctBy(e => (e.Audience, e.Target))], comment);
    }

    /// <summary>
    /// Before a deadline the owner is reminded: the handler (the first receiver while there is none). Once it is
    /// late the first receiver, who shares the responsibility (docs/procedure.md §1), hears of it too. Before routing, the
    /// department holding the case.
    /// </summary>
    private static List<MailEffect> Owners(CaseRecord current, string template, IReadOnlyDictionary<string, string> values, CaseContext context, bool withFirstReceiver)
    {
        var assignment = current.Assignment;
        var people = (withFirstReceiver ? new[] { assignment.HandlerId, assignment.FirstReceiverId } : [assignment.HandlerId ?? assignment.FirstReceiverId])
            .OfType<string>()
            .Distinct()
            .ToList();
        return people.Count > 0
            ? people.Select(id => new MailEffect(template, MailAudience.StaffMember, id, values)).ToList()
            : [new MailEffect(template, MailAudience.Department, assignment.Department ?? context.Organisation.ComplaintDesk, values)];
    }

    /// <summary>Triage is the complaint desk's job (docs/procedure.md §14.5): its head hears of a late one, wherever the case was sent meanwhile.</summary>
    private static string HeadsDepartment(CaseRecord current, SlaClock clock, CaseContext context) =>
        clock.Kind == DeadlineKind.Triage ? context.Organisation.ComplaintDesk : current.Assignment.Department ?? context.Organisation.ComplaintDesk;

    private static Dictionary<string, string> Values(SlaClock clock) => new()
    {
        ["deadline"] = CaseRows.Code(clock.Kind),
        ["due"] = clock.Due.ToString("O", CultureInfo.InvariantCulture),
    };

    private static string Label(SlaClock clock) => English.Code("deadline", CaseRows.Code(clock.Kind)).ToLowerInvariant();

    private static string LevelName(int level) => level switch
    {
        1 => "handler and first receiver",
        2 => "department head",
        _ => "deputy GM and GM",
    };

    private static CaseRecord With(CaseRecord current, SlaClock updated) =>
        current with { Sla = current.Sla with { Clocks = current.Sla.Clocks.Select(c => c.Kind == updated.Kind ? updated : c).ToList() } };

    private sealed record ChaseStep(SlaClock Clock, DateTimeOffset At, int? Level, IReadOnlyList<(string Step, DateTimeOffset At)> Reminders);
}
