using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Proposing a resolution, approving it by the authority matrix, and sending it to the customer (docs/procedure.md §6–7).</summary>
internal static class Resolving
{
    public static CaseDecision Propose(CaseRecord current, ProposeResolutionCommand command, CaseContext context)
    {
        Require(command.RemedialActions.Count > 0, "remedialActions.required", "Propose at least one remedial action (an answer counts).");
        var noCapaReason = OptionalText(command.NoCorrectiveActionReason, "noCorrectiveActionReason");
        Require(command.CorrectiveActions.Count > 0 ^ noCapaReason is not null, "correctiveActions.decision",
            "Either plan corrective actions or record why none is needed — not both.");
        Require(command.RemedialActions.All(a => a.Amount is null or >= 0) && command.RemedialActions.All(a => a.Quantity is null or >= 0),
            "remedialActions.negative", "Quantities and amounts cannot be negative.");
        Require(command.CorrectiveActions.Concat(command.PreventiveActions).All(a => a.DueDate >= context.Today),
            "actions.dueInPast", "Due dates cannot be in the past.");

        var round = (current.Resolution?.Round ?? 0) + 1;
        var previous = current.Resolution;
        var remedial = command.RemedialActions
            .Select((a, i) => new RemedialAction(NextId("R", previous?.RemedialActions.Select(x => x.Id), i), a.Kind, RequireText(a.Description, $"remedialActions[{i}].description"), a.Quantity, a.Amount, ActionStatus.Planned, null))
            .ToList();
        var corrective = Capa("C", command.CorrectiveActions, previous?.CorrectiveActions, "correctiveActions");
        var preventive = Capa("P", command.PreventiveActions, previous?.PreventiveActions, "preventiveActions");

        var resolution = new Resolution
        {
            Summary = RequireText(command.Summary, "summary"),
            ProposedBy = context.Actor.Id,
            ProposedAt = context.Now,
            RemedialActions = remedial,
            CorrectiveActions = corrective,
            PreventiveActions = preventive,
            NoCorrectiveAction = noCapaReason is null ? null : new NoCorrectiveActionDecision(noCapaReason, context.Actor.Id, context.Now),
            Round = round,
        };
        var severity = current.Assessment?.Severity ?? Severity.General;
        resolution = resolution with { RequiredApprovals = FourEyes.Chain(context.Authority.ChainFor(severity, resolution.CompensationTotal), context.Actor, current) };

        var first = resolution.RequiredApprovals[0];
        return new CaseDecision(
            current with { Resolution = resolution },
            CaseAction.ProposeResolution,
            [ApprovalRequest(first, current)]);
    }

    public static CaseAction ActionFor(CaseRecord current, ApproveCommand command)
    {
        if (command.Meaning == ApprovalMeaning.Rejected)
        {
            return CaseAction.RejectApproval;
        }

        var remaining = NextStep(current) is { } step ? current.Resolution!.RequiredApprovals.Count - step : 0;
        return remaining <= 1 ? CaseAction.ApproveFinal : CaseAction.ApproveStep;
    }

    /// <summary>The zero-based index of the approval step that is due, or null when none is.</summary>
    public static int? NextStep(CaseRecord current)
    {
        if (current.Resolution is not { } resolution)
        {
            return null;
        }

        var done = current.Approvals.Count(a => a.Round == resolution.Round && a.Meaning != ApprovalMeaning.Rejected);
        return done < resolution.RequiredApprovals.Count ? done : null;
    }

    public static StaffRole? NextRole(CaseRecord current) =>
        NextStep(current) is { } step ? current.Resolution!.RequiredApprovals[step] : null;

    public static CaseDecision Approve(CaseRecord current, ApproveCommand command, CaseContext context)
    {
        var step = NextStep(current) ?? throw new CaseRuleException("approval.notDue", "No approval is due.");
        var resolution = current.Resolution!;
        var role = resolution.RequiredApprovals[step];
        Require(!FourEyes.IsProposer(context.Actor, current), "approval.ownProposal", "Nobody approves a resolution they proposed.");
        Require(CanApproveAs(context.Actor, role, current), "approval.role", $"This step needs the {role} of the case's department.");
        Require(command.Meaning != ApprovalMeaning.Rejected || !string.IsNullOrWhiteSpace(command.Reason), "reason.required", "Say why the resolution is rejected.");

        var action = ActionFor(current, command);

        // A step has one meaning: earlier steps review, the last one approves (docs/procedure.md §7), whatever word was sent.
        var meaning = action switch
        {
            CaseAction.RejectApproval => ApprovalMeaning.Rejected,
            CaseAction.ApproveFinal => ApprovalMeaning.Approved,
            _ => ApprovalMeaning.Reviewed,
        };
        var record = new ApprovalRecord(resolution.Round, step + 1, role, context.Actor.Id, context.Actor.Name, context.Now, meaning, OptionalText(command.Reason, "reason"));
        var after = current with { Approvals = [.. current.Approvals, record] };
        IReadOnlyList<CaseEffect> effects = action switch
        {
            CaseAction.RejectApproval => [Effects.ToStaff("resolution-rejected", current.Assignment.HandlerId ?? resolution.ProposedBy)],
            CaseAction.ApproveFinal => [Effects.ToStaff("resolution-approved", current.Assignment.HandlerId ?? resolution.ProposedBy), new ReportEffect(CaseReportTrigger.Approved)],
            _ => [ApprovalRequest(resolution.RequiredApprovals[step + 1], current)],
        };
        return new CaseDecision(after, action, effects, record.Reason);
    }

    public static CaseDecision SendToCustomer(CaseRecord current, SendToCustomerCommand command, CaseContext context)
    {
        var message = OptionalText(command.Message, "message");
        var after = current with
        {
            Waiting = new WaitingForCustomer(context.Now, "answer"),
            CustomerAnswer = null,
            Messages = [.. current.Messages, new CustomerMessage(context.Now, "resolution-proposed", current.Resolution!.Summary, message)],
        };
        return new CaseDecision(after, CaseAction.SendToCustomer, [Effects.ToCustomer("resolution-proposed")], message);
    }

    /// <summary>Approvers must hold the role (a department head only for their own department) and must not be the proposer.</summary>
    public static bool CanApproveAs(Actor actor, StaffRole role, CaseRecord current) =>
        FourEyes.Holds(actor, role, current) && !FourEyes.IsProposer(actor, current);

    private static CaseEffect ApprovalRequest(StaffRole role, CaseRecord current) =>
        role == StaffRole.DepartmentHead
            ? Effects.ToDepartmentHead("approval-requested", current.Assignment.Department)
            : Effects.ToRole("approval-requested", role);

    private static List<CapaAction> Capa(string prefix, IReadOnlyList<CapaActionInput> input, IEnumerable<CapaAction>? previous, string field) =>
        input.Select((a, i) => new CapaAction(
                NextId(prefix, previous?.Select(x => x.Id), i),
                RequireText(a.Description, $"{field}[{i}].description"),
                RequireText(a.Owner, $"{field}[{i}].owner", 200),
                a.DueDate,
                ActionStatus.Planned,
                null,
                null)
            {
                OwnerContact = OptionalText(a.OwnerContact, $"{field}[{i}].ownerContact", 200),
            })
            .ToList();

    /// <summary>Ids continue across proposal rounds (R1, R2 … then R3 …) so history never reuses one.</summary>
    private static string NextId(string prefix, IEnumerable<string>? existing, int index)
    {
        var highest = existing?.Select(id => int.TryParse(id.AsSpan(prefix.Length), out var n) ? n : 0).DefaultIfEmpty(0).Max() ?? 0;
        return prefix + (highest + index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
