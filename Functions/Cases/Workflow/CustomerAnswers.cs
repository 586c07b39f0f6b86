using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>The customer's answer to the proposed resolution (docs/procedure.md §7).</summary>
internal static class CustomerAnswers
{
    public static CaseAction ActionFor(CustomerAnswerCommand command) => command.Decision switch
    {
        CustomerDecision.Accepted => CaseAction.CustomerAccept,
        CustomerDecision.Rejected => CaseAction.CustomerReject,
        _ => CaseAction.DeemAccepted,
    };

    public static CaseDecision Answer(CaseRecord current, CustomerAnswerCommand command, CaseContext context)
    {
        var actor = context.Actor;
        Require(command.Decision != CustomerDecision.DeemedAccepted || actor.Kind == ActorKind.System,
            "answer.deemed", "Only the follow-up timer treats silence as acceptance.");
        Require(actor.Kind != ActorKind.Customer || command.Source == AnswerSource.TrackingPage,
            "answer.source", "A customer answers through their tracking link.");
        Require(actor.Kind != ActorKind.Staff || command.Source is not (AnswerSource.TrackingPage or AnswerSource.NoAnswer),
            "answer.source", "Say how the customer answered (phone, e-mail, letter or visit).");

        var comment = OptionalText(command.Comment, "comment");
        var avenues = command.AvenuesOffered ?? [];
        if (command.Decision == CustomerDecision.Rejected)
        {
            // The customer must be told the other avenues (docs/procedure.md §7); on the tracking page they are shown the configured list.
            avenues = actor.Kind == ActorKind.Customer
                ? context.Organisation.RejectionAvenues.Select(a => a.Code).ToList()
                : avenues;
            Require(avenues.Count > 0, "avenues.required", "Record the other avenues offered to the customer.");
            Require(avenues.All(a => context.Organisation.RejectionAvenues.Any(r => r.Code == a)), "avenues.unknown", "Choose avenues from the configured list.");
        }

        var answer = new CustomerAnswer(command.Decision, comment, context.Now, command.Source, actor.Kind == ActorKind.Staff ? actor.Id : null, avenues);
        var after = current with { CustomerAnswer = answer, Waiting = null };
        var handler = current.Assignment.HandlerId ?? current.Resolution?.ProposedBy;
        IReadOnlyList<CaseEffect> effects = command.Decision switch
        {
            CustomerDecision.Rejected =>
            [
                Effects.ToStaff("customer-rejected", handler),
                Effects.ToDepartmentHead("customer-rejected", current.Assignment.Department),
                Effects.ToCustomer("rejection-avenues"),
            ],
            _ => [Effects.ToStaff("customer-accepted", handler)],
        };
        return new CaseDecision(after, ActionFor(command), effects, comment);
    }
}
