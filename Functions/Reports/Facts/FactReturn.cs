using Serverless.Feedback.Returns;

namespace Serverless.Feedback.Reports.Facts;

/// <summary>One returned lot as the monthly figures count it (docs/procedure.md §14.6): received, reviewed, on time or not, and its disposition.</summary>
internal sealed record FactReturn(string Id, DateOnly ReceivedOn, decimal Quantity, DateTimeOffset RegisteredAt, DateTimeOffset? Due, DateTimeOffset? ReviewedAt, ReturnDisposition? Disposition)
{
    public bool ReviewedOnTime => ReviewedAt is { } at && Due is { } due && at <= due;

    public static IReadOnlyList<FactReturn> Of(Cases.Model.CaseRecord c) =>
        [.. c.Returns.Select(r => new FactReturn(
            r.Id,
            r.ReceivedOn,
            r.Quantity,
            r.RegisteredAt,
            c.Sla.ReturnReviews.FirstOrDefault(f => f.ReturnId == r.Id)?.Due,
            r.Review?.ReviewedAt,
            r.Review?.Disposition))];
}
