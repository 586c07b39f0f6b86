using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Api;

/// <summary>Builds the detail view: the case, what this person may do now, deadlines and history.</summary>
internal sealed class CaseDetails(IEnumerable<IDeadlineDescriber> deadlines, CompanyTime time)
{
    public async Task<CaseDetail> DescribeAsync(CaseRecord current, IReadOnlyList<CaseEvent> history, Actor actor, CancellationToken cancellationToken)
    {
        var allowed = CaseWorkflow.AllowedActions(current.Kind, current.Stage)
            .Where(a => MayDo(actor, current, a) && Applies(current, a, time.Now))
            .Select(a => Storage.CaseRows.Code(a))
            .ToList();
        var views = new List<DeadlineView>();
        foreach (var describer in deadlines)
        {
            views.AddRange(await describer.DescribeAsync(current, cancellationToken));
        }

        // The tracking token is the customer's key to their case: staff never need it, so it never leaves the server.
        var shown = current with { TrackingToken = null };
        if (!AccountabilityVisibility.MaySee(actor, current))
        {
            shown = shown with { Accountability = null };
            history = AccountabilityVisibility.Redact(history);
        }

        return new CaseDetail(shown, allowed, Resolving.NextRole(current) is { } role ? Storage.CaseRows.Code(role) : null, views, history);
    }

    /// <summary>Actions whose subject must exist: a pending withdrawal to decide, a missed deadline to explain, a cause to decide.</summary>
    private static bool Applies(CaseRecord current, CaseAction action, DateTimeOffset now) => action switch
    {
        CaseAction.RefuseWithdrawal => current.WithdrawalRequest is not null,
        CaseAction.Withdraw or CaseAction.RequestWithdrawal => current.WithdrawalRequest is null,
        CaseAction.RecordLatenessCause => current.Sla.Clocks.Any(c =>
            LatenessCauses.IsMissed(c, now) && current.LatenessCauses.All(l => l.Deadline != c.Kind || l.Decision == CauseDecision.Refused)),
        CaseAction.DecideLatenessCause => current.LatenessCauses.Any(l => l.Decision is null),
        _ => true,
    };

    private static bool MayDo(Actor actor, CaseRecord current, CaseAction action)
    {
        try
        {
            CaseAuthorization.Demand(actor, current, action);
            return true;
        }
        catch (CaseForbiddenException)
        {
            return false;
        }
    }
}

/// <summary>Describes a case's deadlines in working time (the deadlines feature provides it).</summary>
internal interface IDeadlineDescriber
{
    Task<IReadOnlyList<DeadlineView>> DescribeAsync(CaseRecord current, CancellationToken cancellationToken);
}
