using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.FollowUps.Suggestions;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// Daily (<c>AnnualSurveySchedule</c>): sends the annual survey on the day the settings name (Q4 by default) and
/// evaluates it when it closes. On the other days it reads one row. Then the survey suggestions' digests (the annual
/// survey's when it has closed, the follow-up surveys' monthly), so they need no timer of their own.
/// </summary>
internal sealed class AnnualSurveyFunction(AnnualSurveyRun run, SuggestionDigest digest)
{
    public const string Name = "AnnualSurvey";

    public static readonly Actor Sender = Actor.System("annual-survey");

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%AnnualSurveySchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await run.RunAsync(cancellationToken);
        await digest.RunAsync(cancellationToken);
    }
}
