using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Staff;

internal enum ActorKind
{
    Staff,
    Customer,
    System,
}

/// <summary>Who did something: a signed-in staff member, the customer (through their tracking link) or a timer.</summary>
internal sealed record Actor(ActorKind Kind, string Id, string Name, string? Department, IReadOnlyList<StaffRole> Roles)
{
    public static Actor System(string what) => new(ActorKind.System, "system:" + what, what, null, []);

    public static Actor Customer(CaseCustomer customer) => new(ActorKind.Customer, "customer:" + customer.CustomerId, customer.Name, null, []);

    public static Actor ForStaff(StaffMember member) => new(ActorKind.Staff, member.Id, member.Name, member.Department, member.Roles);

    public bool Has(StaffRole role) => Roles.Contains(role);

    /// <summary>Sees and may act on every case: deputy GM, GM and administrators.</summary>
    public bool IsManagement => Has(StaffRole.DeputyGm) || Has(StaffRole.Gm) || Has(StaffRole.Administrator);
}
