using Serverless.Feedback.Cases.Model;
using static Serverless.Feedback.Cases.Workflow.Rules;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>Initial assessment and routing (docs/procedure.md §4).</summary>
internal static class Assessing
{
    public static CaseAction ActionFor(AssessCommand command) =>
        command.Validity == Validity.NotValid ? CaseAction.AssessNotValid : CaseAction.Assess;

    public static CaseDecision Assess(CaseRecord current, AssessCommand command, CaseContext context)
    {
        var organisation = context.Organisation;
        var department = command.Department ?? organisation.RouteFor(command.Category);
        Require(organisation.IsDepartment(department), "department.unknown", $"'{department}' is not a department.");
        var overridden = command.Department is not null && command.Department != organisation.RouteFor(command.Category);

        if (command.Validity == Validity.NotValid)
        {
            Require(command.RefuseRequestedDeadline is null, "requestedDeadline.notValid", "A complaint that is not valid is closed; there is no deadline to refuse.");
            Require(organisation.NotValidReasons.Any(r => r.Code == command.NotValidReason), "notValidReason.unknown", "Choose one of the configured reasons a complaint is not valid.");
            var explanation = RequireText(command.Explanation, "explanation");
            var closed = current with
            {
                Assessment = Record(command, context) with { Explanation = explanation },
                Assignment = Assign(current, department, overridden, command, context),
                Outcome = CaseOutcome.NotValid,
                Closure = new Closure(explanation, context.Now, context.Actor.Id),
            };
            return new CaseDecision(closed, CaseAction.AssessNotValid, [Effects.ToCustomer("not-valid")], command.NotValidReason);
        }

        // Triage decides on the customer's own deadline before the assessment is recorded (docs/procedure.md §7).
        var basis = current;
        CaseEffect? told = null;
        if (command.RefuseRequestedDeadline is { } refusal)
        {
            (basis, told) = RequestedDeadlines.Refuse(current, refusal, context);
        }

        var assessed = basis with
        {
            Assessment = Record(command, context),
            Assignment = Assign(current, department, overridden, command, context),
        };

        var effects = new List<CaseEffect>();
        if (told is not null)
        {
            effects.Add(told);
        }

        if (current.Assessment is null || current.Assignment.Department != department)
        {
            effects.Add(Effects.ToDepartment("case-assigned", department));
        }

        // 情节重大者即呈报: major and serious cases, and any recall, go to management at once.
        var wasSevere = current.Assessment is { Severity: Severity.Major or Severity.Serious } || current.Assessment?.ImmediateAction == ImmediateAction.Recall;
        var isSevere = command.Severity is Severity.Major or Severity.Serious || command.ImmediateAction == ImmediateAction.Recall;
        if (isSevere && !wasSevere)
        {
            effects.Add(Effects.ToRole("severe-case", StaffRole.DeputyGm));
            effects.Add(Effects.ToRole("severe-case", StaffRole.Gm));
        }

        // 安全隐患2小时内逐级上报: a serious or recall case that came in outside working hours also reaches the person on duty (docs/procedure.md §14.3).
        var wasUrgent = current.Assessment is { Severity: Severity.Serious } || current.Assessment?.ImmediateAction == ImmediateAction.Recall;
        var isUrgent = command.Severity == Severity.Serious || command.ImmediateAction == ImmediateAction.Recall;
        if (isUrgent && !wasUrgent && current.Assignment.OnDutyId is { } onDuty)
        {
            effects.Add(Effects.ToStaff("severe-case", onDuty));
        }

        return new CaseDecision(assessed, CaseAction.Assess, effects, told is null ? null : assessed.RequestedDeadlineRefusal?.Reason);
    }

    public static CaseDecision Reassign(CaseRecord current, AssignCommand command, CaseContext context)
    {
        var department = command.Department ?? current.Assignment.Department;
        Require(department is null || context.Organisation.IsDepartment(department), "department.unknown", $"'{department}' is not a department.");
        var category = current.Assessment?.Category;
        var overridden = department is not null && category is not null && department != context.Organisation.RouteFor(category.Value);
        var after = current with
        {
            Assignment = new CaseAssignment
            {
                Department = department,
                DepartmentOverridden = overridden,
                HandlerId = command.HandlerId ?? current.Assignment.HandlerId,
                FirstReceiverId = command.FirstReceiverId ?? current.Assignment.FirstReceiverId,
            },
        };
        var effects = new List<CaseEffect>();
        if (department != current.Assignment.Department)
        {
            effects.Add(Effects.ToDepartment("case-assigned", department));
        }

        if (after.Assignment.HandlerId is { } handler && handler != current.Assignment.HandlerId)
        {
            effects.Add(Effects.ToStaff("case-assigned", handler));
        }

        return new CaseDecision(after, CaseAction.Assign, effects);
    }

    private static Assessment Record(AssessCommand command, CaseContext context)
    {
        Require(command.ImmediateAction == ImmediateAction.None || !string.IsNullOrWhiteSpace(command.ImmediateActionNote),
            "immediateActionNote.required", "Say what containment or recall is needed.");
        return new Assessment(
            command.Validity,
            command.Validity == Validity.NotValid ? command.NotValidReason : null,
            OptionalText(command.Explanation, "explanation"),
            command.Category,
            command.Severity,
            command.ImmediateAction,
            OptionalText(command.ImmediateActionNote, "immediateActionNote"),
            context.Actor.Id,
            context.Now);
    }

    private static CaseAssignment Assign(CaseRecord current, string department, bool overridden, AssessCommand command, CaseContext context) => new()
    {
        Department = department,
        DepartmentOverridden = overridden,
        HandlerId = command.HandlerId ?? current.Assignment.HandlerId,

        // A web complaint gets its first receiver (首问责任人) at triage: whoever assesses it, unless named.
        FirstReceiverId = command.FirstReceiverId ?? current.Assignment.FirstReceiverId ?? context.Actor.Id,
    };
}
