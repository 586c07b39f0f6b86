using NodaTime;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines.Verification;

/// <summary>
/// Fixes when the verifier is reminded (settings "followups": days before the due date) and when the
/// verification is late (the end of the due date's working hours), and forgets both once the result is in.
/// </summary>
internal sealed class VerificationTimes(CompanyCalendarSource calendars, SettingsStore settings) : ICaseChangeHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken)
    {
        if (after.Stage != CaseStage.VerifyingEffectiveness || after.Verification is not { VerifiedAt: null } verification)
        {
            return after.Sla.Verification is null ? after : after with { Sla = after.Sla with { Verification = null } };
        }

        if (after.Sla.Verification?.DueDate == verification.DueDate)
        {
            return after;
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var daysBefore = (await settings.GetAsync<FollowUpSettings>(cancellationToken)).VerificationReminderDaysBefore;
        var remindOn = LocalDate.FromDateOnly(verification.DueDate.AddDays(-daysBefore));
        var followUp = new VerificationFollowUp
        {
            DueDate = verification.DueDate,
            RemindAt = remindOn.AtStartOfDayInZone(calendar.Zone).ToDateTimeOffset(),
            OverdueAt = new SlaEngine(calendar).EndOf(verification.DueDate),
        };
        return after with { Sla = after.Sla with { Verification = followUp } };
    }
}
