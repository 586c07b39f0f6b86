namespace Serverless.Feedback.Returns;

/// <summary>
/// Chasing the review of one returned lot (docs/procedure.md §5, §14.6): the quality department is reminded on the day it
/// is due, its head is told once it is late, and the deputy GM and GM a working day later. Fixed when the lot
/// is registered and kept after the review, so the monthly figures know whether it was on time.
/// </summary>
internal sealed record ReturnReviewFollowUp
{
    public required string ReturnId { get; init; }

    /// <summary>The end of the first working day after the day of receipt.</summary>
    public required DateTimeOffset Due { get; init; }

    public required DateTimeOffset RemindAt { get; init; }

    /// <summary>When a review still missing goes up to the deputy GM and the GM.</summary>
    public required DateTimeOffset ManagementAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    public DateTimeOffset? ManagementToldAt { get; init; }

    /// <summary>When the timer must next look while the review is missing; null once every step went out.</summary>
    public DateTimeOffset? NextAt =>
        ManagementToldAt is not null ? null
        : EscalatedAt is not null ? ManagementAt
        : RemindedAt is null && RemindAt < Due ? RemindAt
        : Due;
}
