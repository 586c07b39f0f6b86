using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Surveys;

namespace Serverless.Feedback.FollowUps.Contacts;

/// <summary>A visit task as the visit list shows it: why, for whom, by when, and the improvement action planned for each item, once it exists.</summary>
internal sealed record VisitTaskView(string Reason, string Survey, int? Year, IReadOnlyList<VisitTaskItem> Items, string Department, string? OwnerId, DateTimeOffset CreatedAt, DateTimeOffset DueAt);

/// <summary>An item scored below target, and the improvement action opened for it (which the owner tells the customer about).</summary>
internal sealed record VisitTaskItem(string Item, int Score, string? ImprovementCase);

/// <summary>Builds the views; the improvement actions are looked up when the list is read, since they open only when the annual survey closes.</summary>
internal sealed class VisitTaskViews(AnnualRows annual)
{
    /// <summary>The follow-up survey's items that the annual survey asks too, under its name.</summary>
    private static readonly IReadOnlyDictionary<string, string> AnnualItem = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["products"] = "productQuality",
        ["service"] = "service",
    };

    public async Task<VisitTaskView> ViewAsync(VisitTask task, int currentYear, CancellationToken cancellationToken)
    {
        // A follow-up answer is told of this year's survey's actions, else last year's.
        var cases = task.Year is { } year
            ? await CasesAsync(year, cancellationToken)
            : await CasesAsync(currentYear, cancellationToken) is { Count: > 0 } current ? current : await CasesAsync(currentYear - 1, cancellationToken);
        var items = task.Items
            .OrderBy(i => i.Value)
            .Select(i => new VisitTaskItem(i.Key, i.Value, cases.GetValueOrDefault(task.Year is null ? AnnualItem.GetValueOrDefault(i.Key) ?? i.Key : i.Key)))
            .ToList();
        return new VisitTaskView(task.Reason, task.Survey == SurveyKind.Annual ? "annual" : "followUp", task.Year, items, task.Department, task.OwnerId, task.CreatedAt, task.DueAt);
    }

    private async Task<IReadOnlyDictionary<string, string>> CasesAsync(int year, CancellationToken cancellationToken) =>
        (await annual.GetRunAsync(year, cancellationToken))?.CorrectiveCases ?? new Dictionary<string, string>();
}
