using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary><c>GET /api/staff/suggestions/{month}</c>: the suggestions customers wrote in surveys that month, the department each concerns, and when its digest went out.</summary>
internal static class SuggestionEndpoints
{
    public static RouteGroupBuilder MapSuggestionApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/suggestions/{month}", ListAsync);
        return staff;
    }

    private static async Task<Results<Ok<IReadOnlyList<SuggestionView>>, ProblemHttpResult>> ListAsync(
        string month, SuggestionRows suggestions, SurveyStore surveys, SettingsStore settings, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year is < 2000 or > 2100)
        {
            return Problem.Invalid($"Not a month: '{month}' is not yyyy-MM between 2000 and 2100.");
        }

        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var views = new List<SuggestionView>();
        foreach (var row in await suggestions.MonthAsync(month, cancellationToken))
        {
            if (await surveys.FindByHashAsync(row.Hash, cancellationToken) is { Invitation: { Answer: { Comment: { } comment } answer } invitation })
            {
                var department = row.Department ?? SuggestionDepartments.For(answer.Scores, organisation);
                views.Add(new SuggestionView(row.CustomerId, invitation.CustomerName, invitation.Kind == SurveyKind.Annual ? "annual" : "followUp", row.Year, row.At, comment, answer.Scores, department, row.SentAt));
            }
        }

        return TypedResults.Ok<IReadOnlyList<SuggestionView>>(views);
    }

    /// <summary>One suggestion: who wrote it in which survey, their scores, the department concerned, and when its digest was sent (none yet while it waits).</summary>
    internal sealed record SuggestionView(
        string CustomerId,
        string CustomerName,
        string Survey,
        int? Year,
        DateTimeOffset At,
        string Comment,
        IReadOnlyDictionary<string, int> Scores,
        string Department,
        DateTimeOffset? SentAt);
}
