using Serverless.Feedback.FollowUps.Surveys;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>An annual survey's results: response rate against its target and each item's average against the satisfaction target.</summary>
internal sealed record AnnualResults(
    int Year,
    DateTimeOffset? SentAt,
    DateTimeOffset? EvaluatedAt,
    int Invited,
    int Answered,
    decimal ResponseRate,
    decimal ResponseRateTarget,
    bool ResponseRateMet,
    decimal SatisfactionTarget,
    IReadOnlyList<AnnualItemResult> Items,
    IReadOnlyList<string> Suggestions)
{
    public static AnnualResults Of(int year, AnnualSurveyData data, FollowUpSettings settings)
    {
        var invited = Math.Max(data.Invites.Count, data.Run?.Invited ?? 0);
        var answered = data.Answers.Count;
        var rate = invited == 0 ? 0m : Math.Round((decimal)answered / invited, 4);
        var cases = data.Run?.CorrectiveCases ?? new Dictionary<string, string>();
        var praise = data.Run?.Praise ?? new Dictionary<string, PraiseSent>();
        var items = SurveyItems.Annual.Select(item =>
        {
            var scores = data.Answers.Where(a => a.Scores.ContainsKey(item)).Select(a => a.Scores[item]).ToList();
            decimal? average = scores.Count == 0 ? null : Math.Round((decimal)scores.Sum() / scores.Count, 2);
            var fives = scores.Count(s => s == 5);
            return new AnnualItemResult(item, average, scores.Count, average < settings.SatisfactionTarget, cases.GetValueOrDefault(item))
            {
                VerySatisfied = fives,
                MostlyVerySatisfied = fives * 2 > scores.Count,
                Praise = praise.GetValueOrDefault(item),
            };
        }).ToList();
        var suggestions = data.Answers.Select(a => a.Comment).OfType<string>().ToList();
        return new AnnualResults(year, data.Run?.SentAt, data.Run?.EvaluatedAt, invited, answered, rate, settings.ResponseRateTarget, rate >= settings.ResponseRateTarget, settings.SatisfactionTarget, items, suggestions);
    }
}

/// <summary>One item of the annual survey: its average of the answers (1–5), how many rated it, and the corrective action it opened.</summary>
internal sealed record AnnualItemResult(string Item, decimal? Average, int Answers, bool BelowTarget, string? CaseNumber)
{
    /// <summary>How many scored it 5 (非常满意).</summary>
    public int VerySatisfied { get; init; }

    /// <summary>More than half of those who rated it scored 5: praise for the department concerned (docs/procedure.md §14.7).</summary>
    public bool MostlyVerySatisfied { get; init; }

    /// <summary>The praise passed on when the survey closed.</summary>
    public PraiseSent? Praise { get; init; }
}
