using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// What a case's own fields must show before an action can succeed, whatever is typed into its form: a first
/// response not yet recorded, an approval step due, every corrective action done before verification. The
/// command handlers refuse by these rules and the detail view offers only actions that pass them, so the
/// console never offers an action the API would refuse.
/// </summary>
internal static class CaseReadiness
{
    public const int MaxAttachments = 50;

    /// <summary>Why <paramref name="action"/> cannot succeed on this case now, or null when nothing in the case stands in the way.</summary>
    public static CaseRuleException? Check(CaseRecord current, CaseAction action, WorkflowSettings workflow, DateTimeOffset now) => action switch
    {
        CaseAction.RecordFirstResponse when current.FirstResponse is not null =>
            new("firstResponse.recorded", "The first response is already recorded."),
        CaseAction.AddAttachment when current.Attachments.Count >= MaxAttachments =>
            new("attachments.tooMany", $"A case holds at most {MaxAttachments} files."),
        CaseAction.WaitForCustomer when current.Waiting is not null =>
            new("waiting.already", "The case is already waiting for the customer."),
        CaseAction.ResumeFromCustomer when current.Waiting is null =>
            new("waiting.not", "The case is not waiting for the customer."),
        CaseAction.RecordAccountability when !workflow.Accountability.Enabled =>
            new("accountability.disabled", "Accountability is switched off in the settings."),
        CaseAction.ProposeResolution when current.Investigation?.ReportedAt is null =>
            new("investigation.required", "Complete the investigation report (root cause and whose cause) before proposing a resolution."),
        CaseAction.ApproveStep or CaseAction.ApproveFinal or CaseAction.RejectApproval => ApprovalDue(current, action),
        CaseAction.UpdateActions when current.Resolution is not { } r || r.RemedialActions.Count + r.CorrectiveActions.Count + r.PreventiveActions.Count == 0 =>
            new("resolution.missing", "There are no actions to update."),
        CaseAction.StartVerification => VerificationDue(current),
        CaseAction.RecordVerification or CaseAction.VerificationIneffective when current.Verification is null =>
            new("verification.missing", "Plan the verification first."),
        CaseAction.Close when current.Kind == CaseKind.Complaint => ComplaintClosable(current),
        CaseAction.ResolveAtFirstContact => FirstContact.Refusal(current),
        CaseAction.RequestWithdrawal when current.WithdrawalRequest is not null =>
            new("withdrawal.pending", "A withdrawal already waits for the department head's decision."),
        CaseAction.RefuseWithdrawal when current.WithdrawalRequest is null =>
            new("withdrawal.none", "Nobody asked to withdraw this case."),
        CaseAction.RecordLatenessCause when !LatenessCauses.AnyToExplain(current, now) =>
            new("deadline.notMissed", "A cause is recorded for a deadline that was missed and has none yet."),
        CaseAction.DecideLatenessCause when current.LatenessCauses.All(l => l.Decision is not null) =>
            new("latenessCause.none", "No cause waits for a decision."),
        CaseAction.RecordSatisfaction when current.Satisfaction is not null =>
            new("satisfaction.recorded", "This case has already been rated."),
        CaseAction.RegisterReturn or CaseAction.ReviewReturn or CaseAction.ReInspectReturn => Returns.ReturnRules.Check(current, action),
        _ => null,
    };

    public static void Demand(CaseRecord current, CaseAction action, WorkflowSettings workflow, DateTimeOffset now)
    {
        if (Check(current, action, workflow, now) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Step approvals and the final one are different meanings: only the one the due step has is possible.</summary>
    private static CaseRuleException? ApprovalDue(CaseRecord current, CaseAction action)
    {
        if (Resolving.NextStep(current) is not { } step)
        {
            return new("approval.notDue", "No approval is due.");
        }

        var final = step == current.Resolution!.RequiredApprovals.Count - 1;
        return (action, final) switch
        {
            (CaseAction.ApproveStep, true) => new("approval.final", "This is the final approval step."),
            (CaseAction.ApproveFinal, false) => new("approval.notFinal", "Further approval steps follow this one."),
            _ => null,
        };
    }

    private static CaseRuleException? VerificationDue(CaseRecord current)
    {
        var corrective = current.Resolution?.CorrectiveActions ?? [];
        if (corrective.Count == 0)
        {
            return new("verification.nothingToVerify", "Without corrective actions there is nothing to verify; close the case instead.");
        }

        return corrective.All(a => a.Status is ActionStatus.Done or ActionStatus.Cancelled)
            ? null
            : new("actions.open", "Every corrective action must be done (or cancelled) before its effectiveness is verified.");
    }

    private static CaseRuleException? ComplaintClosable(CaseRecord current)
    {
        if (current.Resolution is not { } resolution)
        {
            return new("resolution.missing", "A complaint closes with its resolution carried out.");
        }

        if (Returns.ReturnRules.ClosureRefusal(current) is { } returns)
        {
            return returns;
        }

        if (!resolution.RemedialActions.All(a => a.Status is ActionStatus.Done or ActionStatus.Cancelled))
        {
            return new("remedialActions.open", "Carry out (or cancel) every remedial action before closing.");
        }

        if (resolution.CorrectiveActions.Count > 0)
        {
            if (current.Verification?.Effective != true)
            {
                return new("verification.required", "A case with corrective actions closes only after their effectiveness is verified.");
            }
        }
        else if (resolution.NoCorrectiveAction is null)
        {
            return new("correctiveActions.decision", "Record why no corrective action is needed.");
        }

        return resolution.PreventiveActions.All(a => a.Status == ActionStatus.Done || a.CarriedOver is not null)
            ? null
            : new("preventiveActions.open", "Finish every preventive action, or carry it over to a named follow-up action with a reason, before closing.");
    }
}
