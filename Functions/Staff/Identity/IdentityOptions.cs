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

    /// <summary>
    /// Entra object id or e-mail address of the person added as administrator when they sign in while the staff
    /// directory has no active administrator (a fresh deployment); ignored once one exists.
    /// </summary>
    [MaxLength(254)]
    public string? FirstAdministrator { get; set; }

    /// <summary>
    /// The Entra tenant staff sign in from. A person not yet bound to an object id is found by e-mail address only when
    /// the principal comes from this tenant; without it, only people whose object id is recorded can sign in.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public string? TenantId { get; set; }
}
