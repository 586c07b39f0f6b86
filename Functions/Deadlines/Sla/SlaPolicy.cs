using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines.Sla;

/// <summary>
/// The service-level policy as a settings document. A saved change applies to cases received afterwards:
/// each case keeps the rules it arrived under (<see cref="SlaState.Rules"/>).
/// </summary>
internal sealed record SlaPolicy : ISettingsSection<SlaPolicy>
{
    public static string SectionName => "sla";

    /// <summary>The first response in elapsed hours (docs/procedure.md §3), every other target in working time.</summary>
    public static SlaPolicy Default { get; } = new() { Rules = SlaRules.Default with { FirstResponseElapsed = true } };

    public SlaRules Rules { get; init; } = SlaRules.Default;

    /// <summary>Shown with the policy in the console, so nobody expects open cases to move.</summary>
    public string AppliesTo => "Cases received after a change; open cases keep the deadlines they were given.";

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        void Duration(string field, string? value, bool allowZero)
        {
            if (!WorkingDuration.TryParse(value, out var parsed) || (!allowZero && parsed.Days == 0 && parsed.Time == TimeSpan.Zero))
            {
                problems[field] = [$"'{value}' is not a working-time duration such as PT12H, P1D or P1DT4H{(allowZero ? "" : " (more than zero)")}."];
            }
        }

        var rules = Rules;
        Duration("rules.firstResponse", rules.FirstResponse, allowZero: false);
        Duration("rules.triage", rules.Triage, allowZero: false);
        Duration("rules.safetyTriage", rules.SafetyTriage, allowZero: false);
        if (rules.ResolutionWorkingDays is < 1 or > 250)
        {
            problems["rules.resolutionWorkingDays"] = ["Between 1 and 250 working days."];
        }

        if (rules.TierA is { } tierA)
        {
            if (tierA.FirstResponse is not null)
            {
                Duration("rules.tierA.firstResponse", tierA.FirstResponse, allowZero: false);
            }

            if (tierA.ResolutionWorkingDays is < 1 or > 250)
            {
                problems["rules.tierA.resolutionWorkingDays"] = ["Between 1 and 250 working days, or empty for the same as everyone."];
            }
        }

        foreach (var severity in Enum.GetValues<Severity>())
        {
            var code = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(severity.ToString());
            if (!rules.BySeverity.TryGetValue(severity, out var targets))
            {
                problems[$"rules.bySeverity.{code}"] = ["Every severity needs its targets."];
                continue;
            }

            Duration($"rules.bySeverity.{code}.firstResponse", targets.FirstResponse, allowZero: false);
            if (targets.ResolutionWorkingDays is < 1 or > 250 || targets.InvestigationReportWorkingDays is < 1 or > 250)
            {
                problems[$"rules.bySeverity.{code}"] = ["Working days are between 1 and 250."];
            }
        }

        for (var i = 0; i < rules.Reminders.Count; i++)
        {
            Duration($"rules.reminders[{i}]", rules.Reminders[i], allowZero: false);
        }

        if (rules.Escalation.Count is < 1 or > 3)
        {
            problems["rules.escalation"] = ["One to three escalation levels: handler, department head, deputy GM / GM."];
        }

        for (var i = 0; i < rules.Escalation.Count; i++)
        {
            Duration($"rules.escalation[{i}]", rules.Escalation[i], allowZero: true);
        }

        return problems;
    }
}
