using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Reports.Monthly;

/// <summary>
/// Who answers for a case's lateness besides the first receiver and the handler: the head of the handler's
/// department (of the case's department while nobody handles it), as the staff directory says when the
/// figures are counted.
/// </summary>
internal sealed class Accountable(IReadOnlyDictionary<string, string> departmentOfStaff, IReadOnlyDictionary<string, string> headOfDepartment)
{
    public static Accountable None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public static Accountable From(IEnumerable<StaffMember> members)
    {
        var active = members.Where(m => m.Active).ToList();
        return new Accountable(
            active.Where(m => m.Department is not null).ToDictionary(m => m.Id, m => m.Department!, StringComparer.Ordinal),
            active.Where(m => m.Department is not null && m.Has(Cases.Model.StaffRole.DepartmentHead))
                .GroupBy(m => m.Department!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Id, StringComparer.Ordinal).First().Id, StringComparer.Ordinal));
    }

    public string? HeadOf(CaseFacts facts)
    {
        var department = facts.HandlerId is { } handler && departmentOfStaff.TryGetValue(handler, out var own) ? own : facts.Department;
        return department is not null && headOfDepartment.TryGetValue(department, out var head) ? head : null;
    }
}
