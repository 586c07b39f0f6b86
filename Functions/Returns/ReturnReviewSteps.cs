using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Returns;

/// <summary>
/// Chases reviews of returned goods like the other deadlines (docs/procedure.md §8): the reviewing department is reminded on
/// the day the review is due; once late its head is told, then the deputy GM and the GM — each step once. Pure:
/// the time is given.
/// </summary>
internal static class ReturnReviewSteps
{
    public static CaseDecision? Decide(CaseRecord current, CaseContext context)
    {
        var now = context.Now;
        var waiting = Unreviewed(current).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var chased = current.Sla.ReturnReviews.Where(f => waiting.ContainsKey(f.ReturnId)).ToList();
        var toManagement = chased.Where(f => f.EscalatedAt is not null && f.ManagementToldAt is null && now >= f.ManagementAt).ToList();
        var late = chased.Where(f => f.EscalatedAt is null && now >= f.Due).ToList();
        var due = chased.Where(f => f.RemindedAt is null && f.EscalatedAt is null && now >= f.RemindAt && now < f.Due).ToList();
        if (toManagement.Count + late.Count + due.Count == 0)
        {
            return null;
        }

        var effects = new List<CaseEffect>();
        var lines = new List<string>();
        foreach (var f in toManagement)
        {
            var values = Values(f);
            effects.Add(new MailEffect("return-review-overdue", MailAudience.Role, StaffRole.DeputyGm.ToString(), values));
            effects.Add(new MailEffect("return-review-overdue", MailAudience.Role, StaffRole.Gm.ToString(), values));
            lines.Add($"Review of returned goods {f.ReturnId} was due {Time(f.Due)}: reported to the deputy GM and the GM.");
        }

        foreach (var f in late)
        {
            var department = waiting[f.ReturnId].ReviewDepartment;
            effects.Add(new MailEffect("return-review-overdue", MailAudience.DepartmentHead, department, Values(f)));
            effects.Add(new MailEffect("return-review-overdue", MailAudience.Department, department, Values(f)));
            lines.Add($"Review of returned goods {f.ReturnId} was due {Time(f.Due)}: reported to the head of {department}.");
        }

        foreach (var f in due)
        {
            effects.Add(new MailEffect("return-review-reminder", MailAudience.Department, waiting[f.ReturnId].ReviewDepartment, Values(f)));
            lines.Add($"Review of returned goods {f.ReturnId} is due {Time(f.Due)}: {waiting[f.ReturnId].ReviewDepartment} reminded.");
        }

        var changed = current.Sla.ReturnReviews.Select(f =>
            toManagement.Contains(f) ? f with { ManagementToldAt = now } :
            late.Contains(f) ? f with { EscalatedAt = now, RemindedAt = f.RemindedAt ?? now } :
            due.Contains(f) ? f with { RemindedAt = now } : f).ToList();
        var after = current with { Sla = current.Sla with { ReturnReviews = changed } };
        var action = toManagement.Count + late.Count > 0 ? CaseAction.EscalateDeadline : CaseAction.RemindDeadline;
        return new CaseDecision(after, action, effects, string.Join("\n", lines));
    }

    /// <summary>Lots still to be reviewed while the case is open: the ones the timer chases.</summary>
    public static IEnumerable<ReturnedGoods> Unreviewed(CaseRecord current) =>
        current.Stage.IsOpen() ? current.Returns.Where(r => r.Review is null) : [];

    private static Dictionary<string, string> Values(ReturnReviewFollowUp f) => new()
    {
        ["deadline"] = "returnReview",
        ["due"] = f.Due.ToString("O", CultureInfo.InvariantCulture),
    };

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
