using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Deadlines.Verification;

/// <summary>Daily (<c>VerificationFollowUpSchedule</c>): reminds verifiers before the due date and reports late verifications.</summary>
internal sealed class VerificationFollowUpFunction(DueCaseSweep sweep)
{
    public const string Name = "VerificationFollowUp";

    public static readonly Actor FollowUp = Actor.System("verification-follow-up");

    private static readonly VerificationScheduleRows Rows = new();

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%VerificationFollowUpSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sweep.RunAsync(new CaseChase(VerificationScheduleRows.Kind, Rows, FollowUp, VerificationSteps.Decide), cancellationToken);
}
