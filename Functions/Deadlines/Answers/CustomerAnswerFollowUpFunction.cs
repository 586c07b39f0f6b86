using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Deadlines.Answers;

/// <summary>Daily (<c>CustomerAnswerFollowUpSchedule</c>): reminds customers who have not answered a resolution, then deems it accepted.</summary>
internal sealed class CustomerAnswerFollowUpFunction(DueCaseSweep sweep, CompanyCalendarSource calendars) : ITimerFunction
{
    public const string Name = "CustomerAnswerFollowUp";

    public static readonly Actor FollowUp = Actor.System("answer-follow-up");

    private static readonly AnswerScheduleRows Rows = new();

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        var chaser = new AnswerChaser(await calendars.CalculatorAsync(cancellationToken));
        await sweep.RunAsync(new CaseChase(AnswerScheduleRows.Kind, Rows, FollowUp, chaser.Decide), cancellationToken);
    }
}
