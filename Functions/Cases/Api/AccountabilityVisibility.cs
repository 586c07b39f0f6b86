using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Api;

/// <summary>
/// Loss amounts and the employee at fault are personnel matters (docs/procedure.md §12): only the department head of the
/// case's department, management and administrators see them, in the case and in its history.
/// </summary>
internal static class AccountabilityVisibility
{
    private const string Path = "accountability";

    public static bool MaySee(Actor actor, CaseRecord current) =>
        actor.IsManagement || (actor.Has(StaffRole.DepartmentHead) && actor.Department == current.Assignment.Department);

    public static IReadOnlyList<CaseEvent> Redact(IReadOnlyList<CaseEvent> history) =>
        [.. history.Select(e => e.Changes.Any(IsAccountability) ? e with { Changes = [.. e.Changes.Where(c => !IsAccountability(c))] } : e)];

    private static bool IsAccountability(FieldDiff change) =>
        change.Path == Path || change.Path.StartsWith(Path + ".", StringComparison.Ordinal);
}
