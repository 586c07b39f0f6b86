using NodaTime;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Sla;

namespace Serverless.Feedback.Deadlines.Actions;

/// <summary>
/// Fixes when the owner of each open corrective or preventive action is reminded (workflow settings: days before
/// the due date) and when it is late (the end of the due date's working hours), from the final approval until
/// the action is done, cancelled or carried over.
/// </summary>
internal sealed class ActionTimes(CompanyCalendarSource calendars) : ICaseChangeHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken)
    {
        var open = ChasedActions(after).ToList();
        var kept = after.Sla.Actions.Where(f => open.Any(a => a.Id == f.ActionId && a.DueDate == f.DueDate)).ToList();
        var missing = open.Where(a => kept.All(f => f.ActionId != a.Id)).ToList();
        if (missing.Count == 0)
        {
            return kept.Count == after.Sla.Actions.Count ? after : after with { Sla = after.Sla with { Actions = kept } };
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var engine = new SlaEngine(calendar);
        var added = missing.Select(a => new ActionFollowUp
        {
            ActionId = a.Id,
            DueDate = a.DueDate,
            RemindAt = LocalDate.FromDateOnly(a.DueDate.AddDays(-context.Workflow.ActionReminderDaysBefore)).AtStartOfDayInZone(calendar.Zone).ToDateTimeOffset(),
            OverdueAt = engine.EndOf(a.DueDate),
        });
        return after with { Sla = after.Sla with { Actions = [.. kept, .. added] } };
    }

    /// <summary>The actions chased now: those of an approved resolution still to be done, while the case is open.</summary>
    public static IEnumerable<CapaAction> ChasedActions(CaseRecord c)
    {
        if (!c.Stage.IsOpen() || c.Resolution is not { } resolution || Resolving.NextStep(c) is not null || c.Stage is CaseStage.ResolutionProposed or CaseStage.Investigating)
        {
            return [];
        }

        return resolution.CorrectiveActions.Concat(resolution.PreventiveActions).Where(a => a.IsPending);
    }
}
