using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Deadlines;

/// <summary>Each deadline of a case as the console shows it: due, met, paused, and the working time left or overdue.</summary>
internal sealed class DeadlineViews(CompanyCalendarSource calendars, CompanyTime time) : IDeadlineDescriber
{
    public async Task<IReadOnlyList<DeadlineView>> DescribeAsync(CaseRecord current, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var now = time.Now;
        return current.Sla.Clocks.Select(clock =>
        {
            // A met clock shows how it ended; a paused one the working time it had left when it stopped.
            var left = clock.MetAt is { } met ? calendar.WorkingTimeBetween(met, clock.Due)
                : clock.PausedAt is not null ? clock.RemainingAtPause ?? TimeSpan.Zero
                : calendar.WorkingTimeBetween(now, clock.Due);
            var overdue = clock.MetAt is { } metAt ? metAt > clock.Due : clock.PausedAt is null ? now > clock.Due : left < TimeSpan.Zero;
            return new DeadlineView(
                CaseRows.Code(clock.Kind),
                clock.Due,
                clock.MetAt is not null,
                clock.PausedAt is not null,
                clock.DueAgreedWithCustomer,
                Math.Round(left.TotalHours, 2),
                overdue);
        }).ToList();
    }
}
