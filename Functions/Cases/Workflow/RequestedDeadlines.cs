using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// The deadline the customer asked for (docs/procedure.md §7, §14.4): it binds when earlier than the policy's resolution
/// deadline, unless refused at triage with a reason and another date proposed to the customer.
/// </summary>
internal static class RequestedDeadlines
{
    public const string RefusedTemplate = "requested-deadline-refused";

    /// <summary>The longest a proposed date may lie ahead, as for the date the customer may ask for.</summary>
    private const int MaxDaysAhead = 365;

    /// <summary>True while the customer's date is the resolution deadline and triage has not yet decided on it.</summary>
    public static bool AwaitsTriage(CaseRecord current) =>
        current.Assessment is null
        && current.RequestedDeadlineRefusal is null
        && current.Sla.Find(DeadlineKind.Resolution) is { DueRequestedByCustomer: true, MetAt: null };

    /// <summary>The case with the customer's date refused, and the mail telling them the reason and the date proposed instead.</summary>
    public static (CaseRecord After, CaseEffect Effect) Refuse(CaseRecord current, RefuseRequestedDeadlineInput input, CaseContext context)
    {
        Require(AwaitsTriage(current), "requestedDeadline.notBinding", "Only a deadline the customer asked for that binds the case can be refused, and only at triage.");
        var reason = RequireText(input.Reason, "refuseRequestedDeadline.reason");
        var requested = current.Subject.RequestedDeadline!.Value;
        Require(
            input.ProposedDate > requested && input.ProposedDate <= context.Today.AddDays(MaxDaysAhead),
            "refuseRequestedDeadline.proposedDate",
            $"Propose a date after the one the customer asked for ({requested:yyyy-MM-dd}) and at most {MaxDaysAhead} days ahead.");

        var told = $"{input.ProposedDate:yyyy-MM-dd}: {reason}";
        var after = current with
        {
            RequestedDeadlineRefusal = new RequestedDeadlineRefusal(input.ProposedDate, reason, context.Actor.Id, context.Now),
            Messages = [.. current.Messages, new CustomerMessage(context.Now, RefusedTemplate, told)],
        };
        return (after, Effects.ToCustomer(RefusedTemplate));
    }
}
