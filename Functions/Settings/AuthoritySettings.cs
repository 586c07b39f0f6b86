using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Settings;

/// <summary>
/// The authority matrix (核决权限, docs/procedure.md §7): which roles must approve a proposed resolution, in order,
/// by severity, with the general manager added when compensation exceeds a threshold.
/// </summary>
internal sealed record AuthoritySettings : ISettingsSection<AuthoritySettings>
{
    public static string SectionName => "authority";

    public static AuthoritySettings Default { get; } = new()
    {
        Chains = new Dictionary<Severity, IReadOnlyList<StaffRole>>
        {
            [Severity.General] = [StaffRole.DepartmentHead],
            [Severity.Minor] = [StaffRole.DepartmentHead],
            [Severity.Major] = [StaffRole.DepartmentHead, StaffRole.DeputyGm],
            [Severity.Serious] = [StaffRole.DepartmentHead, StaffRole.Gm],
            [Severity.Special] = [StaffRole.DepartmentHead],
        },
        CompensationThreshold = 10_000m,
        Currency = "CNY",
    };

    public IReadOnlyDictionary<Severity, IReadOnlyList<StaffRole>> Chains { get; init; } = new Dictionary<Severity, IReadOnlyList<StaffRole>>();

    /// <summary>Above this compensation the general manager approves too.</summary>
    public decimal CompensationThreshold { get; init; }

    public string Currency { get; init; } = "CNY";

    /// <summary>The approval steps for a resolution, in order, without repeats.</summary>
    public IReadOnlyList<StaffRole> ChainFor(Severity severity, decimal compensation)
    {
        var chain = Chains.TryGetValue(severity, out var configured) ? configured.ToList() : [StaffRole.DepartmentHead];
        if (compensation > CompensationThreshold && !chain.Contains(StaffRole.Gm))
        {
            chain.Add(StaffRole.Gm);
        }

        return chain.Distinct().ToList();
    }

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        var missing = Enum.GetValues<Severity>().Where(s => !Chains.TryGetValue(s, out var c) || c.Count == 0).ToList();
        if (missing.Count > 0)
        {
            problems["chains"] = [$"Every severity needs at least one approver; missing: {string.Join(", ", missing)}."];
        }

        if (Chains.Values.Any(c => c.Contains(StaffRole.Staff)))
        {
            problems["chains"] = ["Approvers must be department heads, deputy GMs, GMs or administrators."];
        }

        if (CompensationThreshold < 0)
        {
            problems["compensationThreshold"] = ["Must not be negative."];
        }

        if (Currency.Length != 3)
        {
            problems["currency"] = ["Use a three-letter currency code."];
        }

        return problems;
    }
}
