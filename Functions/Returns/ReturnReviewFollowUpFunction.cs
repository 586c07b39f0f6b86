using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Returns;

/// <summary>
/// With the deadline sweep (<c>DeadlineSweepSchedule</c>): reminds the quality department of returned goods to
/// review and escalates late reviews, reading only the cases that are due.
/// </summary>
internal sealed class ReturnReviewFollowUpFunction(DueCaseSweep sweep)
{
    public const string Name = "ReturnReviewFollowUp";

    public static readonly Actor FollowUp = Actor.System("return-review-follow-up");

    private static readonly ReturnReviewScheduleRows Rows = new();

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%DeadlineSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sweep.RunAsync(new CaseChase(ReturnReviewScheduleRows.Kind, Rows, FollowUp, ReturnReviewSteps.Decide), cancellationToken);
}
