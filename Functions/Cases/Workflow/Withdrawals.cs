using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// Withdrawing a case (docs/procedure.md §8): staff give a reason, the department head approves, the customer is told.
/// A head (or management) who withdraws a case gives the approval in the same step. The case's deadlines
/// keep whatever was missed before; see <c>docs/adr/0041-withdrawal-needs-approval.md</c>.
/// </summary>
internal static class Withdrawals
{
    public static CaseAction ActionFor(Actor actor, CaseRecord current) =>
        MayApprove(actor, current) ? CaseAction.Withdraw : CaseAction.RequestWithdrawal;

    public static CaseAction ActionFor(DecideWithdrawalCommand command) =>
        command.Approve ? CaseAction.Withdraw : CaseAction.RefuseWithdrawal;

    /// <summary>The department head of the case's department, or management.</summary>
    public static bool MayApprove(Actor actor, CaseRecord current) =>
        actor.Kind == ActorKind.Staff &&
        (actor.IsManagement || (actor.Has(StaffRole.DepartmentHead) && actor.Department == current.Assignment.Department));

    /// <summary>
    /// Staff ask (refused while a request waits: CaseReadiness); a head or management withdraws at once, which also
    /// settles a request that was waiting.
    /// </summary>
    public static CaseDecision Withdraw(CaseRecord current, WithdrawCommand command, CaseContext context)
    {
        var request = new WithdrawalRequest(
            RequireText(command.Reason, "reason", 1000),
            OptionalText(command.CustomerMessage, "customerMessage", 2000),
            context.Actor.Id,
            context.Now);
        return MayApprove(context.Actor, current)
            ? Approved(current, request, context)
            : new CaseDecision(
                current with { WithdrawalRequest = request },
                CaseAction.RequestWithdrawal,
                [Effects.ToDepartmentHead("withdrawal-requested", current.Assignment.Department)],
                request.Reason);
    }

    public static CaseDecision Decide(CaseRecord current, DecideWithdrawalCommand command, CaseContext context)
    {
        var request = current.WithdrawalRequest
            ?? throw new CaseRuleException("withdrawal.none", "Nobody asked to withdraw this case.");
        if (command.Approve)
        {
            return Approved(current, request, context);
        }

        var note = RequireText(command.Note, "note", 1000);
        return new CaseDecision(
            current with { WithdrawalRequest = null },
            CaseAction.RefuseWithdrawal,
            [Effects.ToStaff("withdrawal-refused", request.RequestedBy)],
            note);
    }

    private static CaseDecision Approved(CaseRecord current, WithdrawalRequest request, CaseContext context)
    {
        var told = request.CustomerMessage ?? request.Reason;
        var internalOnly = current.Kind == CaseKind.Improvement;
        var after = current with
        {
            Outcome = CaseOutcome.Withdrawn,
            Closure = new Closure(request.Reason, context.Now, context.Actor.Id),
            Waiting = null,
            WithdrawalRequest = null,
            Messages = internalOnly ? current.Messages : [.. current.Messages, new CustomerMessage(context.Now, "case-withdrawn", told)],
        };
        return new CaseDecision(after, CaseAction.Withdraw, internalOnly ? [] : [Effects.ToCustomer("case-withdrawn")], told);
    }
}
