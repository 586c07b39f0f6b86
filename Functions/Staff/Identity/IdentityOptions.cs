using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>Section <c>Identity</c>.</summary>
internal sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Development sign-in (pick a seeded user). Refused at start-up in Azure or outside Development,
    /// whatever this says.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>Origins allowed to make state-changing staff calls besides the app's own (e.g. the Vite dev server).</summary>
    [MaxLength(10)]
    public string[] TrustedOrigins { get; set; } = [];
}
