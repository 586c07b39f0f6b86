using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary><c>GET /api/staff/surveys/{year}</c>: an annual survey's response rate and per-item averages against their targets.</summary>
internal static class AnnualSurveyEndpoints
{
    public static RouteGroupBuilder MapAnnualSurveyApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/surveys/{year}", GetAsync);
        return staff;
    }

    private static async Task<Results<Ok<AnnualResults>, ProblemHttpResult>> GetAsync(string year, AnnualRows annual, SettingsStore settings, CancellationToken cancellationToken)
    {
        if (NotAYear(year, out var number) is { } invalid)
        {
            return invalid;
        }

        var data = await annual.ReadAsync(number, cancellationToken);
        if (data.Run?.SentAt is null)
        {
            return Problem.NotFound($"The annual survey {number} has not been sent.");
        }

        return TypedResults.Ok(AnnualResults.Of(number, data, await settings.GetAsync<FollowUpSettings>(cancellationToken)));
    }

    /// <summary>The refusal of a year in the address that is not one a survey can have; null when it is.</summary>
    internal static ProblemHttpResult? NotAYear(string year, out int number) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 2000 and <= 2100
            ? null
            : Problem.Invalid($"Not a survey year: '{year}' is not a year between 2000 and 2100.");
}
