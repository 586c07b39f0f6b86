using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.FollowUps.Pages;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// Chasing the annual survey's non-respondents (docs/procedure.md §14.7): <c>GET /api/staff/surveys/{year}/silent</c>
/// lists those still silent after the reminder, for a phone call; <c>POST /api/staff/surveys/{year}/answers/{customerId}</c>
/// enters an answer a customer gave by phone or fax. Open to every signed-in staff member, as the follow-up records are.
/// </summary>
internal static class AnnualChaseEndpoints
{
    public static RouteGroupBuilder MapAnnualChaseApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/surveys/{year}/silent", SilentAsync);
        // The body is read by hand so malformed JSON gets a problem of its own; the document still describes it.
        staff.MapPost("/surveys/{year}/answers/{customerId}", AnswerAsync).Accepts<PhoneAnswerInput>("application/json");
        return staff;
    }

    private static async Task<Results<Ok<SilentList>, ProblemHttpResult>> SilentAsync(
        string year, AnnualSilentCustomers silent, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken)
    {
        if (AnnualSurveyEndpoints.NotAYear(year, out var number) is { } invalid)
        {
            return invalid;
        }

        var options = await settings.GetAsync<FollowUpSettings>(cancellationToken);
        return await silent.ListAsync(number, options, time.Now, cancellationToken) is { } list
            ? TypedResults.Ok(list)
            : Problem.NotFound($"The annual survey {number} has not been sent.");
    }

    private static async Task<Results<Created<AnnualResults>, ProblemHttpResult>> AnswerAsync(
        string year, string customerId, HttpContext http, AnnualPhoneAnswers answers, AnnualRows annual, SettingsStore settings, CompanyTime time, CancellationToken cancellationToken)
    {
        if (AnnualSurveyEndpoints.NotAYear(year, out var number) is { } invalid)
        {
            return invalid;
        }

        var input = await JsonBody.ReadOrNullAsync<PhoneAnswerInput>(http.Request, cancellationToken);
        if (input is null)
        {
            return Problem.Invalid("The answer is not valid: send {\"channel\": \"phone\", \"scores\": {\"productQuality\": 4, …}, \"comment\": \"…\"} (channel: phone or fax; a score of 1 to 5 for each item).");
        }

        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Problem.Invalid("The answer is not valid: see errors for each field.", errors);
        }

        var comment = input.Comment?.Trim();
        var answer = new SurveyAnswer(SurveyItems.Annual.ToDictionary(i => i, i => input.Scores![i]), string.IsNullOrEmpty(comment) ? null : comment, time.Now)
        {
            Channel = input.Channel,
            EnteredBy = StaffClaims.ToActor(http.User).Id,
        };
        return await answers.RecordAsync(number, customerId, answer, cancellationToken) switch
        {
            PhoneAnswerOutcome.NotInvited => Problem.NotFound($"Customer {customerId} was not invited to the annual survey {number}."),
            PhoneAnswerOutcome.AlreadyAnswered => Problem.Conflict($"Customer {customerId} has already answered the annual survey {number}; the first answer stands."),
            PhoneAnswerOutcome.Closed => Problem.Of(
                ProblemCatalogue.BreaksRule,
                $"The annual survey {number} is closed: it takes no more answers.",
                new Dictionary<string, object?> { ["code"] = "survey-closed" }),
            _ => TypedResults.Created(
                $"/api/staff/surveys/{number}",
                AnnualResults.Of(number, await annual.ReadAsync(number, cancellationToken), await settings.GetAsync<FollowUpSettings>(cancellationToken))),
        };
    }

    /// <summary>The same items, scale and comment as the survey page (SurveyEndpoints), and how the answer came.</summary>
    private static Dictionary<string, string[]> Check(PhoneAnswerInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Channel is null || !AnnualPhoneAnswers.Channels.Contains(input.Channel))
        {
            errors["channel"] = [$"Say how the customer answered: {string.Join(" or ", AnnualPhoneAnswers.Channels)}."];
        }

        var scores = input.Scores ?? new Dictionary<string, int>();
        foreach (var item in SurveyItems.Annual.Where(i => !scores.TryGetValue(i, out var score) || score is < 1 or > 5))
        {
            errors[$"scores.{item}"] = ["A score from 1 (very dissatisfied) to 5 (very satisfied)."];
        }

        foreach (var item in scores.Keys.Except(SurveyItems.Annual))
        {
            errors[$"scores.{item}"] = [$"Not an item of the annual survey: {string.Join(", ", SurveyItems.Annual)}."];
        }

        var comment = input.Comment?.Trim() ?? "";
        if (comment.Length > SurveyLimits.CommentLength)
        {
            errors["comment"] = [$"The comment may have at most {SurveyLimits.CommentLength} characters."];
        }
        else if (comment.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["comment"] = ["The comment may not contain control characters."];
        }

        return errors;
    }

    /// <summary>An answer given by phone or fax: a score of 1 to 5 for each item of the annual survey, and the customer's suggestions.</summary>
    internal sealed record PhoneAnswerInput(string? Channel, IReadOnlyDictionary<string, int>? Scores, string? Comment);
}
