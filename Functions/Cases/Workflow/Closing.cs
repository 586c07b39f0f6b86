using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Closure and the customer's rating (docs/procedure.md §9); withdrawal is in <see cref="Withdrawals"/>.</summary>
internal static class Closing
{
    public static CaseDecision Close(CaseRecord current, CloseCommand command, CaseContext context)
    {
        var finalResult = RequireText(command.FinalResult, "finalResult");
        var customerMessage = OptionalText(command.CustomerMessage, "customerMessage");
        var effects = new List<CaseEffect>();
        CaseOutcome outcome;
        switch (current.Kind)
        {
            case CaseKind.Complaint:
                outcome = CaseOutcome.Resolved;
                effects.Add(Effects.ToCustomer("case-closed"));
                effects.Add(new ReportEffect(CaseReportTrigger.Closed));
                break;
            case CaseKind.Compliment:
                outcome = CaseOutcome.Acknowledged;
                effects.Add(Effects.ToCustomer("case-closed"));
                effects.Add(Effects.ToDepartment("praise", current.Assignment.Department ?? context.Organisation.ComplaintDesk));
                break;
            case CaseKind.Improvement:
                // An internal action: management hears of it in the monthly summary, and no customer is written to.
                outcome = CaseOutcome.Resolved;
                break;
            case CaseKind.Inquiry:
                outcome = CaseOutcome.Answered;
                effects.Add(Effects.ToCustomer("case-closed"));
                break;
            default:
                outcome = CaseOutcome.Acknowledged;
                effects.Add(Effects.ToCustomer("case-closed"));
                break;
        }

        var after = current with
        {
            Outcome = outcome,
            Closure = new Closure(finalResult, context.Now, context.Actor.Id, customerMessage),
            Waiting = null,
            Messages = current.Kind == CaseKind.Improvement ? current.Messages : [.. current.Messages, new CustomerMessage(context.Now, "case-closed", customerMessage ?? string.Empty)],
        };
        return new CaseDecision(after, CaseAction.Close, effects, finalResult);
    }

    public static CaseDecision RecordSatisfaction(CaseRecord current, RecordSatisfactionCommand command, CaseContext context)
    {
        Require(command.Score is >= 1 and <= 5, "score.range", "The score is from 1 to 5.");
        var comment = OptionalText(command.Comment, "comment", 2000);
        var after = current with { Satisfaction = new Satisfaction(command.Score, comment, context.Now) };

        // 非常满意 is praise for the team concerned (docs/procedure.md §9).
        IReadOnlyList<CaseEffect> effects = command.Score == 5
            ? [Effects.ToDepartment("praise", current.Assignment.Department ?? context.Organisation.ComplaintDesk)]
            : [];
        return new CaseDecision(after, CaseAction.RecordSatisfaction, effects, comment);
    }
}
