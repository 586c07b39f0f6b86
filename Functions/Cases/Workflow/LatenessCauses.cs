using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// Reasonable causes for missed deadlines (docs/procedure.md §8): the handler records one per missed deadline, the
/// department head accepts or refuses it. Nobody decides a cause they gave themselves.
/// </summary>
internal static class LatenessCauses
{
    /// <summary>Whether some deadline of the case was missed and has no cause standing (none given, or the last one refused).</summary>
    public static bool AnyToExplain(CaseRecord current, DateTimeOffset now) =>
        current.Sla.Clocks.Any(c => IsMissed(c, now) && current.LatenessCauses.All(l => l.Deadline != c.Kind || l.Decision == CauseDecision.Refused));

    public static CaseDecision Record(CaseRecord current, RecordLatenessCauseCommand command, CaseContext context)
    {
        var clock = current.Sla.Find(command.Deadline)
            ?? throw new CaseRuleException("deadline.unknown", $"This case has no {command.Deadline} deadline.");
        Require(IsMissed(clock, context.Now), "deadline.notMissed", "A cause is recorded for a deadline that was missed.");
        Require(
            current.LatenessCauses.All(c => c.Deadline != command.Deadline || c.Decision == CauseDecision.Refused),
            "latenessCause.recorded",
            "A cause for this deadline is already recorded.");
        var reason = RequireText(command.Reason, "reason", 2000);
        var cause = new LatenessCause(command.Deadline, reason, context.Actor.Id, context.Now);
        return new CaseDecision(
            current with { LatenessCauses = [.. current.LatenessCauses, cause] },
            CaseAction.RecordLatenessCause,
            [Effects.ToDepartmentHead("lateness-cause-recorded", current.Assignment.Department)],
            reason);
    }

    public static CaseDecision Decide(CaseRecord current, DecideLatenessCauseCommand command, CaseContext context)
    {
        var pending = current.LatenessCauses.LastOrDefault(c => c.Deadline == command.Deadline && c.Decision is null)
            ?? throw new CaseRuleException("latenessCause.none", "No cause for this deadline waits for a decision.");
        Require(pending.RecordedBy != context.Actor.Id, "latenessCause.ownCause", "Someone else decides on a cause you gave yourself.");
        var note = command.Accept ? OptionalText(command.Note, "note", 1000) : RequireText(command.Note, "note", 1000);
        var decided = pending with
        {
            Decision = command.Accept ? CauseDecision.Accepted : CauseDecision.Refused,
            DecidedBy = context.Actor.Id,
            DecidedAt = context.Now,
            DecisionNote = note,
        };
        var causes = current.LatenessCauses.Select(c => ReferenceEquals(c, pending) ? decided : c).ToList();
        return new CaseDecision(current with { LatenessCauses = causes }, CaseAction.DecideLatenessCause, [], note);
    }

    /// <summary>Met after it was due, overdue now, or overdue before a date agreed with the customer replaced it.</summary>
    public static bool IsMissed(SlaClock clock, DateTimeOffset now) =>
        clock.MissedDue is not null ||
        (clock.MetAt is { } met ? met > clock.Due : clock.PausedAt is null ? clock.Due < now : clock.RemainingAtPause < TimeSpan.Zero);
}
