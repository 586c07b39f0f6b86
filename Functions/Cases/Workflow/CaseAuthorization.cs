using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Who may see and change a case: by role, and for handlers by department (DESIGN "Identity and access").</summary>
internal static class CaseAuthorization
{
    private static readonly CaseAction[] CustomerActions = [CaseAction.CustomerAccept, CaseAction.CustomerReject, CaseAction.RecordSatisfaction, CaseAction.CustomerWrote];
    private static readonly CaseAction[] SystemActions =
    [
        CaseAction.DeemAccepted, CaseAction.AddNote, CaseAction.RemindDeadline, CaseAction.EscalateDeadline,
        CaseAction.RemindCustomer, CaseAction.RemindVerifier, CaseAction.EscalateVerification,
    ];
    private static readonly CaseAction[] ApprovalActions = [CaseAction.ApproveStep, CaseAction.ApproveFinal, CaseAction.RejectApproval];

    /// <summary>Management sees everything; others see their department's cases, cases they handle or received, and untriaged ones.</summary>
    public static bool CanView(Actor actor, CaseRecord current) =>
        actor.Kind == ActorKind.Staff && (actor.IsManagement || IsInvolved(actor, current) || current.Stage == CaseStage.Received || ReviewsReturns(actor, current));

    public static bool Allows(Actor actor, CaseRecord current, CaseAction action) => actor.Kind switch
    {
        ActorKind.Customer => CustomerActions.Contains(action),
        ActorKind.System => SystemActions.Contains(action),
        _ => StaffMay(actor, current, action),
    };

    public static void Demand(Actor actor, CaseRecord current, CaseAction action)
    {
        var allowed = Allows(actor, current, action);
        if (!allowed && ApprovalActions.Contains(action) && FourEyes.IsProposer(actor, current))
        {
            throw new CaseForbiddenException("Nobody approves a resolution they proposed: the step is for someone above the proposer.");
        }

        if (!allowed)
        {
            throw new CaseForbiddenException(actor.Kind == ActorKind.Staff
                ? $"You may not {action} this case: it belongs to another department or needs another role."
                : $"{action} is not open to {actor.Kind}.");
        }
    }

    private static bool StaffMay(Actor actor, CaseRecord current, CaseAction action)
    {
        if (action is CaseAction.DeemAccepted or CaseAction.RecordSatisfaction or CaseAction.RemindDeadline or CaseAction.EscalateDeadline
            or CaseAction.RemindCustomer or CaseAction.RemindVerifier or CaseAction.EscalateVerification or CaseAction.CustomerWrote)
        {
            return false;
        }

        if (ApprovalActions.Contains(action))
        {
            return Resolving.NextRole(current) is { } role && Resolving.CanApproveAs(actor, role, current);
        }

        // Whoever may approve a withdrawal withdraws at once; asking is for the others (docs/procedure.md §8).
        if (action == CaseAction.RequestWithdrawal && Withdrawals.MayApprove(actor, current))
        {
            return false;
        }

        if (actor.IsManagement)
        {
            return true;
        }

        var head = actor.Has(StaffRole.DepartmentHead) && actor.Department == current.Assignment.Department;
        return action switch
        {
            // Triage is shared: anyone on the staff may assess a case nobody has assessed yet.
            CaseAction.Assess or CaseAction.AssessNotValid when current.Stage == CaseStage.Received => true,
            CaseAction.Assign when current.Stage == CaseStage.Received => true,
            CaseAction.RecordAccountability or CaseAction.Assign => head,
            CaseAction.Withdraw or CaseAction.RefuseWithdrawal or CaseAction.DecideLatenessCause => head,
            // The quality department reviews returned goods whichever department handles the case (docs/procedure.md §14.6).
            CaseAction.ReviewReturn or CaseAction.ReInspectReturn => ReviewsReturns(actor, current),
            CaseAction.RecordVerification or CaseAction.VerificationIneffective =>
                head || current.Verification?.Verifier == actor.Id || IsInvolved(actor, current),
            _ => head || IsInvolved(actor, current),
        };
    }

    private static bool ReviewsReturns(Actor actor, CaseRecord current) =>
        actor.Department is not null && current.Returns.Any(r => r.ReviewDepartment == actor.Department);

    private static bool IsInvolved(Actor actor, CaseRecord current) =>
        (actor.Department is not null && actor.Department == current.Assignment.Department) ||
        actor.Id == current.Assignment.HandlerId ||
        actor.Id == current.Assignment.FirstReceiverId;
}
