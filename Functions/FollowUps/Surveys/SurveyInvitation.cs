using System.Text.Json.Serialization;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.FollowUps.Surveys;

internal enum SurveyKind
{
    /// <summary>The semi-annual contact: products, service and, after a case, its handling.</summary>
    FollowUp,

    /// <summary>The annual satisfaction survey of main customers (顾客满意程度调查表).</summary>
    Annual,
}

/// <summary>
/// A survey sent to one customer through a private link. The link's token is kept so the mail can be composed
/// when it is sent; the invitation is found again by the token's hash, so the URL alone identifies it.
/// </summary>
internal sealed record SurveyInvitation
{
    public required string Hash { get; init; }

    public required string Token { get; init; }

    public required SurveyKind Kind { get; init; }

    public required string CustomerId { get; init; }

    public required string CustomerName { get; init; }

    public required string Language { get; init; }

    /// <summary>The survey year of an annual survey.</summary>
    public int? Year { get; init; }

    /// <summary>For a follow-up: the customer had a case with us, so they are asked how it was handled.</summary>
    public bool HadCase { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public SurveyAnswer? Answer { get; init; }

    [JsonIgnore]
    public IReadOnlyList<string> Items => SurveyItems.For(Kind, HadCase);

    /// <summary>A new invitation with a fresh unguessable token (256 random bits, as tracking links).</summary>
    public static SurveyInvitation Create(SurveyKind kind, string customerId, string customerName, string language, DateTimeOffset sentAt, DateTimeOffset expiresAt)
    {
        var token = TrackingRows.NewToken();
        return new SurveyInvitation
        {
            Hash = TrackingRows.Hash(token),
            Token = token,
            Kind = kind,
            CustomerId = customerId,
            CustomerName = customerName,
            Language = language,
            SentAt = sentAt,
            ExpiresAt = expiresAt,
        };
    }
}

/// <summary>The customer's answer: a score from 1 to 5 per item, and their own words.</summary>
internal sealed record SurveyAnswer(IReadOnlyDictionary<string, int> Scores, string? Comment, DateTimeOffset At)
{
    /// <summary>How an answer entered by staff was given (phone, fax); none for the customer's own on the survey page.</summary>
    public string? Channel { get; init; }

    /// <summary>The staff member who entered it for the customer.</summary>
    public string? EnteredBy { get; init; }
}

internal static class SurveyItems
{
    /// <summary>docs/procedure.md §10: product quality, packaging, delivery, service, price.</summary>
    public static readonly IReadOnlyList<string> Annual = ["productQuality", "packaging", "delivery", "service", "price"];

    public static readonly IReadOnlyList<string> FollowUp = ["products", "service"];

    public const string Handling = "handling";

    public static IReadOnlyList<string> For(SurveyKind kind, bool hadCase) =>
        kind == SurveyKind.Annual ? Annual : hadCase ? [.. FollowUp, Handling] : FollowUp;
}
