using NodaTime;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;

namespace Serverless.Feedback.Returns;

/// <summary>
/// Fixes, for each returned lot as it is registered, when its review is due: within one working day of receipt,
/// which for a receipt recorded by date is the end of the first working day after it (docs/adr/0055-returned-goods.md).
/// </summary>
internal sealed class ReturnReviewTimes(CompanyCalendarSource calendars) : ICaseChangeHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken)
    {
        var missing = after.Returns.Where(r => after.Sla.ReturnReviews.All(f => f.ReturnId != r.Id)).ToList();
        if (missing.Count == 0)
        {
            return after;
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var added = missing.Select(r => For(r, calendar)).ToList();
        return after with { Sla = after.Sla with { ReturnReviews = [.. after.Sla.ReturnReviews, .. added] } };
    }

    public static ReturnReviewFollowUp For(ReturnedGoods goods, WorkingTimeCalculator calendar)
    {
        var day = goods.ReceivedOn.AddDays(1);
        for (var i = 0; i < WorkingTimeCalculator.SearchLimitDays && !calendar.IsWorkingDay(day); i++)
        {
            day = day.AddDays(1);
        }

        var due = new SlaEngine(calendar).EndOf(day);
        var dayStart = LocalDate.FromDateOnly(day).AtStartOfDayInZone(calendar.Zone).ToDateTimeOffset();
        return new ReturnReviewFollowUp
        {
            ReturnId = goods.Id,
            Due = due,
            RemindAt = calendar.NextWorkingMoment(dayStart),
            ManagementAt = calendar.AddWorkingDays(due, 1),
        };
    }
}
