namespace Serverless.Feedback.Cases.Model;

/// <summary>Where a case stands. The allowed moves between stages are in <see cref="Workflow.CaseWorkflow"/>.</summary>
internal enum CaseStage
{
    Received,
    Assessed,
    Investigating,
    ResolutionProposed,
    Approved,
    AwaitingCustomer,
    Accepted,
    ActionsInProgress,
    VerifyingEffectiveness,
    Closed,
    Withdrawn,
}

internal static class CaseStageExtensions
{
    public static bool IsTerminal(this CaseStage stage) => stage is CaseStage.Closed or CaseStage.Withdrawn;

    public static bool IsOpen(this CaseStage stage) => !stage.IsTerminal();
}
