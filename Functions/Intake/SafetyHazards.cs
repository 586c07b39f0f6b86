using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Intake;

/// <summary>
/// 安全隐患2小时内逐级上报 (docs/procedure.md §14.3, docs/adr/0070-safety-hazards-reported-at-registration.md): a complaint
/// reporting a safety hazard reaches the deputy GM and the person on duty that day when it is registered, whatever the
/// day and hour; its triage clock then gives two elapsed hours.
/// </summary>
internal static class SafetyHazards
{
    public const string Template = "safety-case";

    public static IEnumerable<CaseEffect> RegistrationEffects(CaseRecord created)
    {
        if (!created.Subject.SafetyHazard)
        {
            yield break;
        }

        yield return Effects.ToRole(Template, StaffRole.DeputyGm);
        if (created.Assignment.OnDutyId is { } onDuty)
        {
            yield return Effects.ToStaff(Template, onDuty);
        }
    }
}
