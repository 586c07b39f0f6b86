using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// Nobody approves their own proposal (docs/procedure.md §7, "必须有上司的明确指示，不能擅自处理"): an approval step the proposer
/// could take goes one level up the ladder, and the proposer is never accepted as an approver (docs/adr/0035).
/// </summary>
internal static class FourEyes
{
    private static readonly StaffRole[] Ladder = [StaffRole.DepartmentHead, StaffRole.DeputyGm, StaffRole.Gm];

    /// <summary>The matrix's chain with every step the proposer holds moved up; a step that arrives at one already in the chain merges with it.</summary>
    public static IReadOnlyList<StaffRole> Chain(IReadOnlyList<StaffRole> matrix, Actor proposer, CaseRecord current) =>
        matrix.Select(role => Above(role, proposer, current)).Distinct().ToList();

    /// <summary>Whether <paramref name="actor"/> holds the step: the role, and for department heads the case's department.</summary>
    public static bool Holds(Actor actor, StaffRole role, CaseRecord current) =>
        actor.Kind == ActorKind.Staff && actor.Has(role) &&
        (role != StaffRole.DepartmentHead || actor.Department == current.Assignment.Department);

    public static bool IsProposer(Actor actor, CaseRecord current) =>
        current.Resolution is { } resolution && string.Equals(resolution.ProposedBy, actor.Id, StringComparison.Ordinal);

    private static StaffRole Above(StaffRole role, Actor proposer, CaseRecord current)
    {
        // The general manager and administrators have nobody above them here: another holder of the role approves.
        while (Holds(proposer, role, current) && Array.IndexOf(Ladder, role) is var at && at >= 0 && at < Ladder.Length - 1)
        {
            role = Ladder[at + 1];
        }

        return role;
    }
}
