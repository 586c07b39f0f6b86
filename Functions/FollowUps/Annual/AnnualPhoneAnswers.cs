using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Surveys;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>What became of an answer staff entered for a customer.</summary>
internal enum PhoneAnswerOutcome
{
    Recorded,
    NotInvited,
    AlreadyAnswered,
    Closed,
}

/// <summary>
/// Answers to the annual survey a customer gave by phone or fax, entered by staff (docs/procedure.md §14.7). They go
/// where the customer's own answer on the survey page would, through the same invitation, so the results count them
/// alike and the first answer stands whichever way it came.
/// </summary>
internal sealed class AnnualPhoneAnswers(AnnualRows annual, SurveyStore surveys, CustomerStore customers)
{
    /// <summary>How a customer may have answered other than on the page.</summary>
    public static readonly IReadOnlyList<string> Channels = ["phone", "fax"];

    public async Task<PhoneAnswerOutcome> RecordAsync(int year, string customerId, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        var data = await annual.ReadAsync(year, cancellationToken);
        if (data.Invites.FirstOrDefault(i => i.CustomerId == customerId) is not { } invite || await surveys.FindByHashAsync(invite.Hash, cancellationToken) is not { } found)
        {
            return PhoneAnswerOutcome.NotInvited;
        }

        var (invitation, etag) = found;
        if (invitation.Answer is not null)
        {
            return PhoneAnswerOutcome.AlreadyAnswered;
        }

        if (data.Run?.EvaluatedAt is not null || answer.At > invitation.ExpiresAt)
        {
            return PhoneAnswerOutcome.Closed;
        }

        if (!await surveys.RecordAnswerAsync(invitation, etag, answer, cancellationToken))
        {
            return PhoneAnswerOutcome.AlreadyAnswered;
        }

        // As on the page: an answer is a contact, and the next follow-up counts from it.
        await customers.RecordContactAsync(customerId, answer.At, cancellationToken);
        return PhoneAnswerOutcome.Recorded;
    }
}
