using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// What <em>this</em> person may do to the case now: the stage table, their rights and the case's readiness —
/// the same three checks <see cref="CaseCommandHandler.Decide"/> makes, so an offered action is accepted.
/// </summary>
internal static class CaseOffers
{
    public static IReadOnlyList<CaseAction> For(Actor actor, CaseRecord current, WorkflowSettings workflow, DateTimeOffset now) =>
        CaseWorkflow.AllowedActions(current.Kind, current.Stage)
            .Where(a => CaseAuthorization.Allows(actor, current, a) && CaseReadiness.Check(current, a, workflow, now) is null)
            .ToList();
}
