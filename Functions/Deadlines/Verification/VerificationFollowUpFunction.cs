using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Hosting.CustomHandler;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Deadlines.Verification;

/// <summary>Daily (<c>VerificationFollowUpSchedule</c>): reminds verifiers before the due date and reports late verifications.</summary>
internal sealed class VerificationFollowUpFunction(DueCaseSweep sweep) : ITimerFunction
{
    public const string Name = "VerificationFollowUp";

    public static readonly Actor FollowUp = Actor.System("verification-follow-up");

    private static readonly VerificationScheduleRows Rows = new();

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) =>
        await sweep.RunAsync(new CaseChase(VerificationScheduleRows.Kind, Rows, FollowUp, VerificationChaser.Decide), cancellationToken);
}
