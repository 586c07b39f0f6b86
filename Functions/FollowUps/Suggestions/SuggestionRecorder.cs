using Serverless.Feedback.Cases;
using Serverless.Feedback.FollowUps.Surveys;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary>Puts an answer that came with a suggestion in its month's list, for the digest and the console.</summary>
internal sealed class SuggestionRecorder(SuggestionRows suggestions, CompanyTime time) : ISurveyAnswerHook
{
    public async Task AnsweredAsync(SurveyInvitation invitation, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(answer.Comment))
        {
            await suggestions.AddAsync(invitation, answer, await time.ZoneAsync(cancellationToken), cancellationToken);
        }
    }
}
