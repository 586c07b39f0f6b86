namespace Serverless.Feedback.Intake.Pages;

/// <summary>What the receipt page shows after a submission.</summary>
public sealed record ReceiptView(string CaseNumber, string Email, string TrackingUrl, string? FirstResponseBy, string? ResolutionBy);
