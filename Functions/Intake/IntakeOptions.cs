using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.Intake;

/// <summary>Section <c>Intake</c>: limits of the public form and API.</summary>
internal sealed class IntakeOptions
{
    public const string Section = "Intake";

    [Range(0, 20)]
    public int MaxAttachments { get; set; } = 5;

    [Range(1024, 50 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    [Range(100, 32_000)]
    public int MaxDescriptionLength { get; set; } = 8000;

    /// <summary>Submissions per client IP per minute on the form and the API together.</summary>
    [Range(1, 10_000)]
    public int SubmissionsPerMinutePerClient { get; set; } = 10;

    /// <summary>Origins (e.g. the company website) allowed to call the JSON API from a browser.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Whole request cap: attachments plus fields (Base64 adds a third on the API).</summary>
    public long MaxRequestBytes => ((long)MaxAttachments * MaxAttachmentBytes * 4 / 3) + (1024 * 1024);
}
