using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Cases.History;

/// <summary>
/// One entry of a case's history: who did what, when, and which fields changed. Events are only ever
/// appended, in the same transaction as the change they describe.
/// </summary>
internal sealed record CaseEvent(
    string CaseNumber,
    int Version,
    string Action,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string ActorKind,
    string? Comment,
    IReadOnlyList<FieldDiff> Changes,
    IReadOnlyList<CaseEffect> Effects);
