using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Cases.Api;

/// <summary>Builds the detail view: the case, what this person may do now, deadlines and history.</summary>
internal sealed class CaseDetails(IEnumerable<IDeadlineDescriber> deadlines, SettingsStore settings, CompanyTime time)
{
    public async Task<CaseDetail> DescribeAsync(CaseRecord current, IReadOnlyList<CaseEvent> history, Actor actor, CancellationToken cancellationToken)
    {
        var workflow = await settings.GetAsync<WorkflowSettings>(cancellationToken);
        var allowed = CaseOffers.For(actor, current, workflow, time.Now).Select(a => Storage.CaseRows.Code(a)).ToList();
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
}

/// <summary>Describes a case's deadlines in working time (the deadlines feature provides it).</summary>
internal interface IDeadlineDescriber
{
    Task<IReadOnlyList<DeadlineView>> DescribeAsync(CaseRecord current, CancellationToken cancellationToken);
}
