namespace Serverless.Feedback.Tests.Settings;

/// <summary>The sections of <c>/api/staff/settings/{section}</c> that the console edits, as test data.</summary>
public static class SettingsSections
{
    public static TheoryData<string> Edited => new() { "organisation", "authority", "workflow", "calendar", "sla", "followups", "reports" };
}
