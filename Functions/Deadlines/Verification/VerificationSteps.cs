using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Deadlines.Verification;

/// <summary>
/// Effectiveness verification (docs/procedure.md §6): remind the verifier before the due date and, once it is late, tell
/// the department head — each once. Pure: the time is given.
/// </summary>
internal static class VerificationSteps
{
    public static CaseDecision? Decide(CaseRecord current, CaseContext context)
    {
        if (current.Stage != CaseStage.VerifyingEffectiveness || current.Verification is not { VerifiedAt: null } verification || current.Sla.Verification is not { } followUp)
        {
            return null;
        }

        var now = context.Now;
        var values = new Dictionary<string, string> { ["deadline"] = "verification", ["due"] = followUp.OverdueAt.ToString("O", CultureInfo.InvariantCulture) };
        var due = verification.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (followUp.EscalatedAt is null && now >= followUp.OverdueAt)
        {
            // Past due, a reminder still pending has nothing left to say.
            var late = current with { Sla = current.Sla with { Verification = followUp with { EscalatedAt = now, RemindedAt = followUp.RemindedAt ?? now } } };
            return new CaseDecision(
                late,
                CaseAction.EscalateVerification,
                [
                    new MailEffect("verification-overdue", MailAudience.DepartmentHead, current.Assignment.Department ?? context.Organisation.ComplaintDesk, values),
                    new MailEffect("verification-overdue", MailAudience.StaffMember, verification.Verifier, values),
                ],
                $"The effectiveness verification due {due} is not recorded: reported to the department head.");
        }

        if (followUp.RemindedAt is not null || now < followUp.RemindAt)
        {
            return null;
        }

        var reminded = current with { Sla = current.Sla with { Verification = followUp with { RemindedAt = now } } };
        return new CaseDecision(
            reminded,
            CaseAction.RemindVerifier,
            [new MailEffect("verification-reminder", MailAudience.StaffMember, verification.Verifier, values)],
            $"Reminder to {verification.Verifier}: the effectiveness verification is due {due}.");
    }
}
