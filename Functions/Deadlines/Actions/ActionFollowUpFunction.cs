using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Deadlines.Actions;

/// <summary>
/// With the deadline sweep (<c>DeadlineSweepSchedule</c>): reminds the owners of corrective and preventive actions
/// before their due dates and reports late ones to the owner's department head, reading only the cases that are due.
/// </summary>
internal sealed class ActionFollowUpFunction(DueCaseSweep sweep)
{
    public const string Name = "ActionFollowUp";

    public static readonly Actor FollowUp = Actor.System("action-follow-up");

    private static readonly ActionScheduleRows Rows = new();

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%DeadlineSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sweep.RunAsync(new CaseChase(ActionScheduleRows.Kind, Rows, FollowUp, ActionSteps.Decide), cancellationToken);
}
