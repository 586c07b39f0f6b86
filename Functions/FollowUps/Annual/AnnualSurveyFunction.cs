using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// Daily (<c>AnnualSurveySchedule</c>): sends the annual survey on the day the settings name (Q4 by default) and
/// evaluates it when it closes. On the other days it reads one row.
/// </summary>
internal sealed class AnnualSurveyFunction(AnnualSurveyRun run) : ITimerFunction
{
    public const string Name = "AnnualSurvey";

    public static readonly Actor Sender = Actor.System("annual-survey");

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) => await run.RunAsync(cancellationToken);
}
