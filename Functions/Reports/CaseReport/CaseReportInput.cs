using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Reports.CaseReport;

/// <summary>Everything the 8D report of one case shows, loaded once and rendered in each language needed.</summary>
internal sealed record CaseReportInput
{
    public required CaseRecord Case { get; init; }

    public required ReportNames Names { get; init; }

    /// <summary>For the labels of not-valid reasons and of the avenues offered to the customer.</summary>
    public OrganisationSettings Organisation { get; init; } = OrganisationSettings.Default;

    public string Currency { get; init; } = "CNY";

    /// <summary>JPEG attachments, embedded in D2 in the order the customer sent them.</summary>
    public IReadOnlyList<CasePhoto> Photos { get; init; } = [];

    /// <summary>PNG and PDF files (and photos that could not be read), listed by name.</summary>
    public IReadOnlyList<AttachmentRef> OtherAttachments { get; init; } = [];

    /// <summary>Working time from receipt to each step reached, for the chart in D8.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The investigation report to the general manager: D0 to D4 only (docs/procedure.md §5).</summary>
    public bool Interim { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }
}

internal sealed record CasePhoto(AttachmentRef Attachment, byte[] Jpeg);

/// <summary>A step of the procedure (the key of its label) and the working time it took from receipt.</summary>
internal sealed record Milestone(string TextKey, TimeSpan WorkingTime);
