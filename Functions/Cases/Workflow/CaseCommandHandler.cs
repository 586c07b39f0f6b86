using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Decides a command against a case: is it allowed now, by this actor, and what follows.</summary>
internal static class CaseCommandHandler
{
    public static CaseAction ActionFor(CaseRecord current, CaseCommand command, Staff.Actor actor) => command switch
    {
        AssessCommand c => Assessing.ActionFor(c),
        AssignCommand => CaseAction.Assign,
        RecordFirstResponseCommand => CaseAction.RecordFirstResponse,
        AddNoteCommand => CaseAction.AddNote,
        AddAttachmentCommand => CaseAction.AddAttachment,
        CustomerMailCommand => CaseAction.CustomerWrote,
        WaitForCustomerCommand => CaseAction.WaitForCustomer,
        ResumeFromCustomerCommand => CaseAction.ResumeFromCustomer,
        SetAgreedDeadlineCommand => CaseAction.SetAgreedDeadline,
        StartInvestigationCommand => CaseAction.StartInvestigation,
        RecordInvestigationCommand => CaseAction.RecordInvestigation,
        ProposeResolutionCommand => CaseAction.ProposeResolution,
        ApproveCommand c => Resolving.ActionFor(current, c),
        SendToCustomerCommand => CaseAction.SendToCustomer,
        CustomerAnswerCommand c => CustomerAnswers.ActionFor(c),
        StartActionsCommand => CaseAction.StartActions,
        UpdateActionCommand => CaseAction.UpdateActions,
        StartVerificationCommand => CaseAction.StartVerification,
        RecordVerificationCommand c => Actions.VerificationActionFor(c),
        RecordAccountabilityCommand => CaseAction.RecordAccountability,
        CloseCommand => CaseAction.Close,
        WithdrawCommand => Withdrawals.ActionFor(actor, current),
        DecideWithdrawalCommand c => Withdrawals.ActionFor(c),
        RecordLatenessCauseCommand => CaseAction.RecordLatenessCause,
        DecideLatenessCauseCommand => CaseAction.DecideLatenessCause,
        RecordSatisfactionCommand => CaseAction.RecordSatisfaction,
        ResolveAtFirstContactCommand => CaseAction.ResolveAtFirstContact,
        Returns.RegisterReturnCommand => CaseAction.RegisterReturn,
        Returns.ReviewReturnCommand => CaseAction.ReviewReturn,
        Returns.ReInspectReturnCommand => CaseAction.ReInspectReturn,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
    };

    public static CaseDecision Decide(CaseRecord current, CaseCommand command, CaseContext context)
    {
        var action = ActionFor(current, command, context.Actor);
        var target = CaseWorkflow.Target(current.Kind, current.Stage, action)
            ?? throw new CaseStageException(current.Kind, current.Stage, action);
        CaseAuthorization.Demand(context.Actor, current, action);
        CaseReadiness.Demand(current, action, context.Workflow, context.Now);

        var decision = command switch
        {
            AssessCommand c => Assessing.Assess(current, c, context),
            AssignCommand c => Assessing.Reassign(current, c, context),
            RecordFirstResponseCommand c => CaseEdits.RecordFirstResponse(current, c, context),
            AddNoteCommand c => CaseEdits.AddNote(current, c, context),
            AddAttachmentCommand c => CaseEdits.AddAttachment(current, c),
            CustomerMailCommand c => CaseEdits.CustomerWrote(current, c),
            WaitForCustomerCommand c => CaseEdits.WaitForCustomer(current, c, context),
            ResumeFromCustomerCommand c => CaseEdits.ResumeFromCustomer(current, c, context),
            SetAgreedDeadlineCommand c => CaseEdits.SetAgreedDeadline(current, c, context),
            StartInvestigationCommand => Investigating.Start(current, context),
            RecordInvestigationCommand c => Investigating.Record(current, c, context),
            ProposeResolutionCommand c => Resolving.Propose(current, c, context),
            ApproveCommand c => Resolving.Approve(current, c, context),
            SendToCustomerCommand c => Resolving.SendToCustomer(current, c, context),
            CustomerAnswerCommand c => CustomerAnswers.Answer(current, c, context),
            StartActionsCommand => Actions.Start(current, context),
            UpdateActionCommand c => Actions.Update(current, c, context),
            StartVerificationCommand c => Actions.StartVerification(current, c, context),
            RecordVerificationCommand c => Actions.RecordVerification(current, c, context),
            RecordAccountabilityCommand c => CaseEdits.RecordAccountability(current, c, context),
            CloseCommand c => Closing.Close(current, c, context),
            WithdrawCommand c => Withdrawals.Withdraw(current, c, context),
            DecideWithdrawalCommand c => Withdrawals.Decide(current, c, context),
            RecordLatenessCauseCommand c => LatenessCauses.Record(current, c, context),
            DecideLatenessCauseCommand c => LatenessCauses.Decide(current, c, context),
            RecordSatisfactionCommand c => Closing.RecordSatisfaction(current, c, context),
            ResolveAtFirstContactCommand c => FirstContact.Resolve(current, c, context),
            Returns.RegisterReturnCommand c => Returns.ReturnRules.Register(current, c, context),
            Returns.ReviewReturnCommand c => Returns.ReturnRules.Review(current, c, context),
            Returns.ReInspectReturnCommand c => Returns.ReturnRules.ReInspect(current, c, context),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
        };

        var after = decision.After with { Stage = target, Version = current.Version + 1, UpdatedAt = context.Now };
        return decision with { After = after, Action = action };
    }
}
