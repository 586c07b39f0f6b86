namespace Serverless.Feedback.Intake.Pages;

/// <summary>What the feedback form shows. Public because Razor components take it as a parameter.</summary>
public sealed record FeedbackFormView(
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyList<FormError> Errors,
    string SubmissionId,
    int MaxAttachments,
    int MaxAttachmentMegabytes,
    string? WorkingHours,
    double? FirstResponseHours,
    string? OutsideHoursNext,
    DateRange DeliveryDates,
    DateRange RequestedDeadlines,
    bool FirstResponseElapsed = false)
{
    public string? Value(string field) => Values.TryGetValue(field, out var value) ? value : null;

    /// <summary>The dates a date field accepts, for its hint and its min/max.</summary>
    public DateRange? DatesFor(string field) => field switch
    {
        "deliveryDate" => DeliveryDates,
        "requestedDeadline" => RequestedDeadlines,
        _ => null,
    };

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>A refusal shown next to its field and in the summary at the top.</summary>
public sealed record FormError(string Field, string Message);
