using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;

namespace Serverless.Feedback.Returns;

/// <summary>The review of each returned lot still waiting, shown with the case's other deadlines.</summary>
internal sealed class ReturnDeadlineViews(CompanyCalendarSource calendars, CompanyTime time) : IDeadlineDescriber
{
    public async Task<IReadOnlyList<DeadlineView>> DescribeAsync(CaseRecord current, CancellationToken cancellationToken)
    {
        var waiting = ReturnReviewSteps.Unreviewed(current).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (waiting.Count == 0)
        {
            return [];
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var now = time.Now;
        return current.Sla.ReturnReviews.Where(f => waiting.Contains(f.ReturnId)).Select(f =>
        {
            var left = Deadlines.Calendar.WorkingTimeCalculatorExtensions.WorkingTimeBetween(calendar, now, f.Due);
            return new DeadlineView("returnReview", f.Due, false, false, false, Math.Round(left.TotalHours, 2), now > f.Due);
        }).ToList();
    }
}
