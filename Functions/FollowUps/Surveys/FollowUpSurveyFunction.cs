using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>Daily (<c>FollowUpSurveySchedule</c>): the semi-annual follow-up survey to every customer whose last contact is the interval old.</summary>
internal sealed class FollowUpSurveyFunction(FollowUpSweep sweep) : ITimerFunction
{
    public const string Name = "FollowUpSurvey";

    public static readonly Actor Sender = Actor.System("follow-up-survey");

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) => await sweep.RunAsync(cancellationToken);
}
