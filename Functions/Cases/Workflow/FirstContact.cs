using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <param name="Answer">The answer or explanation given, which is the case's final result.</param>
/// <param name="ToldHow">How the customer was told: phone, e-mail, letter, visit or other.</param>
/// <param name="Reaction">How the customer took it.</param>
internal sealed record ResolveAtFirstContactCommand(string Answer, string ToldHow, string Reaction, Category Category, Severity Severity) : CaseCommand;

/// <summary>
/// First-contact resolution (首问责任人能够独立解决的，应立即予以解释、解决; docs/procedure.md §14.2): the first receiver answers a
/// simple case at once and closes it, with no investigation, approval or verification. Not for major, serious or
/// special cases, nor when money, a return or a recall is involved.
/// </summary>
internal static class FirstContact
{
    private static readonly Severity[] Simple = [Severity.General, Severity.Minor];
    private static readonly Remedy[] NeedsTheProcedure = [Remedy.Compensation, Remedy.Refund, Remedy.Return];

    /// <summary>Why the case itself rules first-contact resolution out (whatever is typed into the dialog), or null.</summary>
    public static CaseRuleException? Refusal(CaseRecord current) =>
        current.Subject.RemedyWanted is { } wanted && NeedsTheProcedure.Contains(wanted)
            ? new("remedy.notSimple", "The customer asks for compensation, a refund or a return: that goes through investigation and approval.")
            : current.Returns.Count > 0
                ? new("returns.registered", "Goods came back: the quality department reviews them before the case can close.")
                : null;

    public static CaseDecision Resolve(CaseRecord current, ResolveAtFirstContactCommand command, CaseContext context)
    {
        var answer = RequireText(command.Answer, "answer");
        var reaction = RequireText(command.Reaction, "reaction", 2000);
        Require(CaseEdits.ResponseChannels.Contains(command.ToldHow), "toldHow.unknown", $"Say how: {string.Join(", ", CaseEdits.ResponseChannels)}.");
        Require(Simple.Contains(command.Severity), "severity.notSimple",
            "Only general and minor cases are resolved at first contact; major, serious and special cases go through the whole procedure.");

        var now = context.Now;
        var by = context.Actor.Id;
        var after = current with
        {
            Outcome = CaseOutcome.ResolvedAtFirstContact,
            Assessment = current.Kind == CaseKind.Complaint
                ? new Assessment(Validity.Valid, null, null, command.Category, command.Severity, ImmediateAction.None, null, by, now)
                : current.Assessment,
            Assignment = current.Assignment with { FirstReceiverId = current.Assignment.FirstReceiverId ?? by, HandlerId = current.Assignment.HandlerId ?? by },
            FirstResponse = current.FirstResponse ?? new FirstResponse(now, by, command.ToldHow),
            FirstContact = new FirstContactResolution(answer, command.ToldHow, reaction, by, now),
            // The answer is what the customer was told, so it is both the result and the customer's message.
            Closure = new Closure(answer, now, by, CustomerMessage: answer),
            Waiting = null,
            Messages = [.. current.Messages, new CustomerMessage(now, "case-closed", answer)],
        };

        // The closing mail carries the rating link, as for every closed case (docs/procedure.md §9).
        return new CaseDecision(after, CaseAction.ResolveAtFirstContact, [Effects.ToCustomer("case-closed")], reaction);
    }
}
