using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Reports;

namespace Serverless.Feedback.Settings;

internal static class SettingsApi
{
    /// <summary>Every settings section the console edits, under <c>/api/staff/settings/{section}</c>.</summary>
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder staff) => staff
        .MapSettingsSection<OrganisationSettings>()
        .MapSettingsSection<AuthoritySettings>()
        .MapSettingsSection<WorkflowSettings>()
        .MapSettingsSection<CalendarSettings>()
        .MapSettingsSection<SlaPolicy>()
        .MapSettingsSection<ReportSettings>()
        .MapSettingsSection<FollowUpSettings>();
}
