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
            // An elapsed-time clock (the first response, docs/procedure.md §3) shows the hours left on the wall clock.
            TimeSpan Between(DateTimeOffset from, DateTimeOffset to) => clock.Elapsed ? to - from : calendar.WorkingTimeBetween(from, to);
            var left = clock.MetAt is { } met ? Between(met, clock.Due)
                : clock.PausedAt is not null ? clock.RemainingAtPause ?? TimeSpan.Zero
                : Between(now, clock.Due);
            var overdue = clock.MetAt is { } metAt ? metAt > clock.Due : clock.PausedAt is null ? now > clock.Due : left < TimeSpan.Zero;
            return new DeadlineView(
                CaseRows.Code(clock.Kind),
                clock.Due,
                clock.MetAt is not null,
                clock.PausedAt is not null,
                clock.DueAgreedWithCustomer,
                Math.Round(left.TotalHours, 2),
                overdue,
                clock.DueRequestedByCustomer,
                clock.Elapsed);
        }).Concat(FollowUps(current, calendar, now)).ToList();
    }

    /// <summary>The customer's answer and the effectiveness verification, chased by their own timers, shown alongside.</summary>
    private static IEnumerable<DeadlineView> FollowUps(CaseRecord current, WorkingTimeCalculator calendar, DateTimeOffset now)
    {
        if (current.Stage == CaseStage.AwaitingCustomer && current.Sla.Answer is { } answer)
        {
            yield return View("customerAnswer", answer.DeemAcceptedAt);
        }

        if (current.Stage == CaseStage.VerifyingEffectiveness && current.Verification is { VerifiedAt: null } && current.Sla.Verification is { } verification)
        {
            yield return View("verification", verification.OverdueAt);
        }

        DeadlineView View(string kind, DateTimeOffset due)
        {
            var left = calendar.WorkingTimeBetween(now, due);
            return new DeadlineView(kind, due, false, false, false, Math.Round(left.TotalHours, 2), now > due);
        }
    }
}
