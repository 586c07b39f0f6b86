using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Annual;

namespace Serverless.Feedback.Reports.Annual;

/// <summary>Everything the annual satisfaction report prints: this year's results, last year's for comparison, the improvement actions opened.</summary>
internal sealed record AnnualReport(
    AnnualResults Current,
    AnnualResults? Previous,
    IReadOnlyList<AnnualImprovement> Improvements,
    TimeZoneInfo Zone,
    DateTimeOffset GeneratedAt);

/// <summary>An improvement action a below-target item opened, with where it stands now.</summary>
internal sealed record AnnualImprovement(string Item, string CaseNumber, string? Department, CaseStage? Stage);
