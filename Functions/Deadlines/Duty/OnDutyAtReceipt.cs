using NodaTime;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Intake;

namespace Serverless.Feedback.Deadlines.Duty;

/// <summary>
/// 节假日值班 (docs/procedure.md §14.3): a complaint that arrives on a day off or outside working hours names the person
/// the roster has on duty then, who is told of it on registration and gives the first response. A safety hazard
/// reaches the person on duty that day whatever the hour (安全隐患2小时内逐级上报), when the roster names one.
/// </summary>
internal sealed class OnDutyAtReceipt(CompanyCalendarSource calendars) : IRegistrationHook
{
    public async Task<CaseRecord> ApplyAsync(CaseRecord created, CancellationToken cancellationToken)
    {
        if (created.Kind != CaseKind.Complaint)
        {
            return created;
        }

        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var roster = await calendars.SettingsAsync(cancellationToken);
        return OnDuty(created, calendar, roster) is { } onDuty ? created with { Assignment = created.Assignment with { OnDutyId = onDuty } } : created;
    }

    public static string? OnDuty(CaseRecord created, WorkingTimeCalculator calendar, CalendarSettings roster) =>
        calendar.IsWorkingTime(created.ReceivedAt) && !created.Subject.SafetyHazard
            ? null
            : roster.OnDutyOn(Instant.FromDateTimeOffset(created.ReceivedAt).InZone(calendar.Zone).Date.ToDateOnly());
}
