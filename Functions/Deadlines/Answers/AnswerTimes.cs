using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Deadlines.Answers;

/// <summary>
/// Fixes when the customer is reminded and when their silence counts as acceptance, in working days from the
/// moment the resolution was sent (settings "workflow"), and forgets both once the case stops waiting.
/// </summary>
internal sealed class AnswerTimes(CompanyCalendarSource calendars) : ICaseChangeHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken)
    {
        if (after.Stage != CaseStage.AwaitingCustomer || after.Waiting is not { } waiting)
        {
            return after.Sla.Answer is null ? after : after with { Sla = after.Sla with { Answer = null } };
        }

        if (after.Sla.Answer?.Since == waiting.Since)
        {
            return after;
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var answer = new AnswerFollowUp
        {
            Since = waiting.Since,
            RemindAt = calendar.AddWorkingDays(waiting.Since, context.Workflow.CustomerAnswerReminderWorkingDays),
            DeemAcceptedAt = calendar.AddWorkingDays(waiting.Since, context.Workflow.CustomerAnswerDeemedAcceptedWorkingDays),
        };
        return after with { Sla = after.Sla with { Answer = answer } };
    }
}
