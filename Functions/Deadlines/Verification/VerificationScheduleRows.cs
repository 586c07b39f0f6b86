using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.Deadlines.Verification;

/// <summary>
/// The due-index entry of a case whose effectiveness is being verified: one Schedule row at the verifier's
/// reminder, then at the moment it is late. Gone once the result is recorded or the lateness reported.
/// </summary>
internal sealed class VerificationScheduleRows : IDerivedRowSource
{
    public const string Kind = "verification";

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        if (current.Stage == CaseStage.VerifyingEffectiveness && current.Verification is { VerifiedAt: null } && current.Sla.Verification?.NextAt is { } at)
        {
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(Kind, at, current.Number));
        }
    }
}
