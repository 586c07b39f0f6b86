using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Staff;

/// <summary>A person in the staff directory (kept in Table Storage and maintained in the console).</summary>
internal sealed record StaffMember
{
    /// <summary>Stable id: the Entra object id when known, otherwise derived from the e-mail address.</summary>
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public string? Department { get; init; }

    public IReadOnlyList<StaffRole> Roles { get; init; } = [StaffRole.Staff];

    /// <summary>Preferred language for mail and reports: "en" or "zh-CN".</summary>
    public string Language { get; init; } = "zh-CN";

    public bool Active { get; init; } = true;

    /// <summary>Entra ID object id, matched first when a principal signs in; bound at the first sign-in by e-mail.</summary>
    public string? ObjectId { get; init; }

    /// <summary>The Entra tenant the object id was seen in; a principal from another tenant is not this person.</summary>
    public string? TenantId { get; init; }

    public bool Has(StaffRole role) => Roles.Contains(role);
}
