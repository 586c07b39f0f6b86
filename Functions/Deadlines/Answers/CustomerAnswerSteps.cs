using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Deadlines.Answers;

/// <summary>
/// No answer to a proposed resolution (docs/procedure.md §7): remind the customer once, then treat the resolution as
/// accepted. Pure: the calendar and the time are given.
/// </summary>
internal sealed class CustomerAnswerSteps(WorkingTimeCalculator calendar)
{
    public CaseDecision? Decide(CaseRecord current, CaseContext context)
    {
        if (current.Stage != CaseStage.AwaitingCustomer || current.Sla.Answer is not { } answer)
        {
            return null;
        }

        var now = context.Now;
        if (answer.RemindedAt is { } reminded && now >= answer.DeemAcceptedAt)
        {
            var deemed = CaseCommandHandler.Decide(current, new CustomerAnswerCommand(CustomerDecision.DeemedAccepted, null, AnswerSource.NoAnswer, null), context);
            var comment = string.Create(CultureInfo.InvariantCulture, $"No answer to the resolution sent {answer.Since:yyyy-MM-dd HH:mm zzz} (reminded {reminded:yyyy-MM-dd HH:mm zzz}): deemed accepted.");
            return deemed with { Comment = comment };
        }

        if (answer.RemindedAt is not null || now < answer.RemindAt)
        {
            return null;
        }

        // A reminder that goes out late still leaves the customer a working day to answer before silence counts.
        var deemAt = calendar.AddWorkingDays(now, 1);
        var after = current with
        {
            Sla = current.Sla with { Answer = answer with { RemindedAt = now, DeemAcceptedAt = deemAt > answer.DeemAcceptedAt ? deemAt : answer.DeemAcceptedAt } },
            Messages = [.. current.Messages, new CustomerMessage(now, "answer-reminder", current.Resolution?.Summary ?? "")],
        };
        var note = string.Create(CultureInfo.InvariantCulture, $"Reminder to the customer: no answer to the resolution sent {answer.Since:yyyy-MM-dd HH:mm zzz}.");
        return new CaseDecision(after, CaseAction.RemindCustomer, [Effects.ToCustomer("answer-reminder")], note);
    }
}
