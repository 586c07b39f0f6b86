using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>Daily (<c>FollowUpSurveySchedule</c>): the semi-annual follow-up survey to every customer whose last contact is the interval old.</summary>
internal sealed class FollowUpSurveyFunction(FollowUpSweep sweep)
{
    public const string Name = "FollowUpSurvey";

    public static readonly Actor Sender = Actor.System("follow-up-survey");

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%FollowUpSurveySchedule%")] TimerInfo timer, CancellationToken cancellationToken) => await sweep.RunAsync(cancellationToken);
}
