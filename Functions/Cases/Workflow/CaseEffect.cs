using System.Text.Json.Serialization;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// Something that must happen once a change is stored: a mail to send, a report to produce. Effects are
/// saved with the history event so that a crash between storing and dispatching loses nothing.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MailEffect), "mail")]
[JsonDerivedType(typeof(ReportEffect), "report")]
internal abstract record CaseEffect;

/// <summary>
/// Mail from a template to a group of people, each in their own language. <see cref="Values"/> carries what
/// the template needs besides the case (e.g. which deadline, and when it was due).
/// </summary>
internal sealed record MailEffect(string Template, MailAudience Audience, string? Target = null, IReadOnlyDictionary<string, string>? Values = null) : CaseEffect;

/// <summary>Who receives a mail effect. <see cref="MailEffect.Target"/> narrows it (a department code or staff id).</summary>
internal enum MailAudience
{
    Customer,
    Department,
    DepartmentHead,
    StaffMember,
    Management,
    Role,

    /// <summary>The owner of the action <see cref="MailEffect.Target"/> names: a staff member, or the case's handler for an outside owner.</summary>
    ActionOwner,

    /// <summary>The department head of that owner; for an outside owner, of the case's department.</summary>
    ActionOwnerHead,
}

internal enum CaseReportTrigger
{
    Approved,
    Closed,

    /// <summary>The investigation report to the general manager (docs/procedure.md §5): an interim 8D, D0–D4 only.</summary>
    Investigated,
}

/// <summary>
/// Produce the case's corrective-action report and send it to the management list, or for
/// <see cref="CaseReportTrigger.Investigated"/> the interim report to the general manager.
/// </summary>
internal sealed record ReportEffect(CaseReportTrigger Trigger) : CaseEffect;

internal static class Effects
{
    public static MailEffect ToCustomer(string template) => new(template, MailAudience.Customer);

    public static MailEffect ToDepartment(string template, string? department) => new(template, MailAudience.Department, department);

    public static MailEffect ToDepartmentHead(string template, string? department) => new(template, MailAudience.DepartmentHead, department);

    public static MailEffect ToStaff(string template, string? staffId) => new(template, MailAudience.StaffMember, staffId);

    public static MailEffect ToRole(string template, StaffRole role) => new(template, MailAudience.Role, role.ToString());

    public static MailEffect ToManagement(string template) => new(template, MailAudience.Management);
}
