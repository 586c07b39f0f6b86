namespace Serverless.Feedback.FollowUps.Pages;

/// <summary>What a survey answer may hold.</summary>
internal static class SurveyLimits
{
    public const int CommentLength = 2000;
}
