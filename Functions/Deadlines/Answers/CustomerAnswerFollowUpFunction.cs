using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Deadlines.Answers;

/// <summary>Daily (<c>CustomerAnswerFollowUpSchedule</c>): reminds customers who have not answered a resolution, then deems it accepted.</summary>
internal sealed class CustomerAnswerFollowUpFunction(DueCaseSweep sweep, CompanyCalendarSource calendars)
{
    public const string Name = "CustomerAnswerFollowUp";

    public static readonly Actor FollowUp = Actor.System("answer-follow-up");

    private static readonly AnswerScheduleRows Rows = new();

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%CustomerAnswerFollowUpSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var steps = new CustomerAnswerSteps(await calendars.CalculatorAsync(cancellationToken));
        await sweep.RunAsync(new CaseChase(AnswerScheduleRows.Kind, Rows, FollowUp, steps.Decide), cancellationToken);
    }
}
