using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>What a command needs to know besides the case: who acts, when, and the settings in force.</summary>
internal sealed record CaseContext(
    Actor Actor,
    DateTimeOffset Now,
    DateOnly Today,
    OrganisationSettings Organisation,
    AuthoritySettings Authority,
    WorkflowSettings Workflow);

/// <summary>The outcome of a command: the new case, the action taken, and what must happen because of it.</summary>
internal sealed record CaseDecision(CaseRecord After, CaseAction Action, IReadOnlyList<CaseEffect> Effects, string? Comment = null);

/// <summary>A command broke a rule of the procedure (not a stage rule): answered as 422 with <see cref="Code"/>.</summary>
internal sealed class CaseRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The action is not allowed in the case's current stage: answered as 409.</summary>
internal sealed class CaseStageException(CaseKind kind, CaseStage stage, CaseAction action)
    : Exception($"'{action}' is not allowed for a {kind} in stage {stage}.")
{
    public CaseStage Stage { get; } = stage;

    public CaseAction Action { get; } = action;
}

/// <summary>The actor may not do this to this case: answered as 403.</summary>
internal sealed class CaseForbiddenException(string message) : Exception(message);
