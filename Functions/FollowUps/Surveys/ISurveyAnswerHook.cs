namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>
/// What else an answer leads to (its suggestion passed on, a dissatisfied key customer followed up). Run when the answer
/// is recorded, before it is marked as given, so a retried answer runs them again: each must be safe to repeat.
/// </summary>
internal interface ISurveyAnswerHook
{
    Task AnsweredAsync(SurveyInvitation invitation, SurveyAnswer answer, CancellationToken cancellationToken);
}
