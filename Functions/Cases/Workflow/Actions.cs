using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Carrying out remedial, corrective and preventive actions and verifying effectiveness (docs/procedure.md §6).</summary>
internal static class Actions
{
    public static CaseDecision Start(CaseRecord current, CaseContext context) =>
        new(current, CaseAction.StartActions, [Effects.ToDepartment("actions-started", current.Assignment.Department)]);

    public static CaseDecision Update(CaseRecord current, UpdateActionCommand command, CaseContext context)
    {
        var resolution = current.Resolution ?? throw new CaseRuleException("resolution.missing", "There are no actions to update.");
        var evidence = OptionalText(command.Evidence, "evidence");
        var doneAt = command.Status == ActionStatus.Done ? context.Now : (DateTimeOffset?)null;

        if (resolution.RemedialActions.FirstOrDefault(a => a.Id == command.ActionId) is { } remedial)
        {
            Require(command.CarryOverTo is null, "carryOver.preventiveOnly", "Only preventive actions can be carried over.");
            var updated = remedial with { Status = command.Status, DoneAt = doneAt ?? remedial.DoneAt, Evidence = evidence ?? remedial.Evidence };
            return Decision(current, resolution with { RemedialActions = Replace(resolution.RemedialActions, remedial, updated) }, evidence);
        }

        var isCorrective = resolution.CorrectiveActions.Any(a => a.Id == command.ActionId);
        var list = isCorrective ? resolution.CorrectiveActions : resolution.PreventiveActions;
        var capa = list.FirstOrDefault(a => a.Id == command.ActionId)
            ?? throw new CaseRuleException("action.unknown", $"There is no action '{command.ActionId}'.");
        if (command.CarryOverTo is not null)
        {
            return CarryOver(current, resolution, capa, isCorrective, command, context);
        }

        Require(command.Status != ActionStatus.Done || evidence is not null || capa.Evidence is not null,
            "evidence.required", "Record the evidence that a corrective or preventive action is done.");
        var changed = capa with { Status = command.Status, Evidence = evidence ?? capa.Evidence, DoneAt = doneAt ?? capa.DoneAt };
        var newList = Replace(list, capa, changed);
        return Decision(current, isCorrective ? resolution with { CorrectiveActions = newList } : resolution with { PreventiveActions = newList }, evidence);
    }

    public static CaseDecision StartVerification(CaseRecord current, StartVerificationCommand command, CaseContext context)
    {
        var resolution = current.Resolution!;
        var lastDone = resolution.CorrectiveActions.Where(a => a.DoneAt is not null).Select(a => a.DoneAt!.Value).DefaultIfEmpty(context.Now).Max();
        var defaultDue = DateOnly.FromDateTime(lastDone.UtcDateTime).AddDays(context.Workflow.VerificationDays);
        var verification = new Verification
        {
            Verifier = RequireText(command.Verifier, "verifier", 200),
            Criteria = RequireText(command.Criteria, "criteria"),
            DueDate = command.DueDate ?? defaultDue,
        };
        Require(verification.DueDate >= context.Today, "verification.dueInPast", "The verification date cannot be in the past.");
        return new CaseDecision(current with { Verification = verification }, CaseAction.StartVerification, [Effects.ToStaff("verification-assigned", verification.Verifier)]);
    }

    public static CaseAction VerificationActionFor(RecordVerificationCommand command) =>
        command.Effective ? CaseAction.RecordVerification : CaseAction.VerificationIneffective;

    public static CaseDecision RecordVerification(CaseRecord current, RecordVerificationCommand command, CaseContext context)
    {
        var verification = current.Verification ?? throw new CaseRuleException("verification.missing", "Plan the verification first.");
        var result = RequireText(command.Result, "result");
        var after = current with
        {
            Verification = verification with { Effective = command.Effective, Result = result, VerifiedAt = context.Now, VerifiedBy = context.Actor.Id },
        };
        IReadOnlyList<CaseEffect> effects = command.Effective
            ? []
            : [Effects.ToDepartmentHead("verification-ineffective", current.Assignment.Department)];
        return new CaseDecision(after, VerificationActionFor(command), effects, result);
    }

    /// <summary>A preventive action that is not done here is handed to a named follow-up action, with the reason (docs/procedure.md §6).</summary>
    private static CaseDecision CarryOver(CaseRecord current, Resolution resolution, CapaAction action, bool isCorrective, UpdateActionCommand command, CaseContext context)
    {
        Require(!isCorrective, "carryOver.preventiveOnly", "Only preventive actions can be carried over; corrective actions are done and verified in the case.");
        Require(action.Status != ActionStatus.Done && action.CarriedOver is null, "carryOver.notOpen", "A done or already carried-over action cannot be carried over.");
        var followUp = RequireText(command.CarryOverTo, "carryOverTo", 400);
        var reason = RequireText(command.Reason, "reason");
        var carried = action with { CarriedOver = new CarryOver(followUp, reason, context.Actor.Id, context.Now) };
        return Decision(current, resolution with { PreventiveActions = Replace(resolution.PreventiveActions, action, carried) }, $"{action.Id} → {followUp}: {reason}");
    }

    private static CaseDecision Decision(CaseRecord current, Resolution resolution, string? evidence) =>
        new(current with { Resolution = resolution }, CaseAction.UpdateActions, [], evidence);

    private static List<T> Replace<T>(IReadOnlyList<T> list, T old, T replacement)
        where T : class =>
        list.Select(item => ReferenceEquals(item, old) ? replacement : item).ToList();
}
