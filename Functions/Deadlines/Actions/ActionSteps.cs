using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Deadlines.Actions;

/// <summary>
/// Corrective and preventive actions (docs/procedure.md §6): remind each owner before the due date and, once an action is
/// late, tell the owner's department head — each once. An outside owner is chased through the case's handler.
/// Pure: the time is given.
/// </summary>
internal static class ActionSteps
{
    public static CaseDecision? Decide(CaseRecord current, CaseContext context)
    {
        var open = ActionTimes.ChasedActions(current).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var now = context.Now;
        var late = current.Sla.Actions.Where(f => f.EscalatedAt is null && now >= f.OverdueAt && open.ContainsKey(f.ActionId)).ToList();
        var due = current.Sla.Actions.Where(f => f.RemindedAt is null && f.EscalatedAt is null && now >= f.RemindAt && now < f.OverdueAt && open.ContainsKey(f.ActionId)).ToList();
        if (late.Count == 0 && due.Count == 0)
        {
            return null;
        }

        var effects = new List<CaseEffect>();
        foreach (var f in late)
        {
            var values = Values(f);
            effects.Add(new MailEffect("action-overdue", MailAudience.ActionOwnerHead, f.ActionId, values));
            effects.Add(new MailEffect("action-overdue", MailAudience.ActionOwner, f.ActionId, values));
        }

        effects.AddRange(due.Select(f => new MailEffect("action-reminder", MailAudience.ActionOwner, f.ActionId, Values(f))));
        var changed = current.Sla.Actions.Select(f =>
            late.Contains(f) ? f with { EscalatedAt = now, RemindedAt = f.RemindedAt ?? now } :
            due.Contains(f) ? f with { RemindedAt = now } : f).ToList();
        var after = current with { Sla = current.Sla with { Actions = changed } };
        var comment = string.Join("\n", late.Select(f => $"{Name(open[f.ActionId])} was due {Day(f.DueDate)}: reported to the owner's department head.")
            .Concat(due.Select(f => $"{Name(open[f.ActionId])} is due {Day(f.DueDate)}: owner reminded.")));
        return new CaseDecision(after, late.Count > 0 ? CaseAction.EscalateDeadline : CaseAction.RemindDeadline, effects, comment);
    }

    private static Dictionary<string, string> Values(ActionFollowUp f) => new()
    {
        ["deadline"] = "action",
        ["due"] = f.OverdueAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static string Name(CapaAction action) => $"{action.Id} {action.Description}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
