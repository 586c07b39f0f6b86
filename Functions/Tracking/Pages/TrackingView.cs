namespace Serverless.Feedback.Tracking.Pages;

/// <summary>What the customer's tracking page shows.</summary>
public sealed record TrackingView(
    string Token,
    string CaseNumber,
    string Kind,
    string Stage,
    string ReceivedAt,
    string? FirstResponseDue,
    string? ResolutionDue,
    string? ClosedAt,
    IReadOnlyList<TrackingMessage> Messages,
    string? ProposedResolution,
    IReadOnlyList<string> RejectionAvenues,
    bool CanRate,
    string? Notice);

/// <summary>One thing the customer was told; <see cref="Note"/> is staff's personal message with it.</summary>
public sealed record TrackingMessage(string At, string Kind, string? Text, string? Note);
