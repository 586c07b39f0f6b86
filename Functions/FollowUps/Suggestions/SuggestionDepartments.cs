using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary>
/// The department a suggestion concerns (docs/adr/0068-survey-suggestions-and-praise.md): the one owning the item the customer
/// scored lowest — the same item → department map as improvement actions. When the lowest score is shared by items of
/// different departments, or nothing was scored, the complaint desk takes it, as it takes any feedback it must pass on.
/// </summary>
internal static class SuggestionDepartments
{
    public static string For(IReadOnlyDictionary<string, int>? scores, OrganisationSettings organisation)
    {
        if (scores is not { Count: > 0 })
        {
            return organisation.ComplaintDesk;
        }

        var lowest = scores.Values.Min();
        var departments = scores.Where(s => s.Value == lowest).Select(s => SurveyItemDepartments.For(s.Key, organisation)).Distinct(StringComparer.Ordinal).ToList();
        return departments is [var only] ? only : organisation.ComplaintDesk;
    }
}
