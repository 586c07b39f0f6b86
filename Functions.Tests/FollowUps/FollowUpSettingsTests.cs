using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.FollowUps;

/// <summary>Settings section "followups" under <c>/api/staff/settings/followups</c>.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class FollowUpSettingsTests : AppTest
{
    public static TheoryData<string, object> BadSettings => new()
    {
        { "contactIntervalMonths", new { contactIntervalMonths = 0 } },
        { "annualSurveyMonth", new { annualSurveyMonth = 13 } },
        { "annualSurveyDay", new { annualSurveyDay = 31 } },
        { "annualSurveyReminderDays", new { annualSurveyReminderDays = 0 } },
        { "annualSurveyReminderDays", new { annualSurveyReminderDays = 30, annualSurveyOpenDays = 30 } },
        { "satisfactionTarget", new { satisfactionTarget = 6 } },
        { "responseRateTarget", new { responseRateTarget = 1.5 } },
        { "verificationReminderDaysBefore", new { verificationReminderDaysBefore = -1 } },
        { "dissatisfiedContactDays", new { dissatisfiedContactDays = 0 } },
        { "correctiveActionOwnerId", new { correctiveActionOwnerId = " " } },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Save_OutOfRange_AnswersTheFieldAndSavesNothing(string field, object value)
    {
        var admin = await AdminAsync();

        var response = await admin.PutAsJsonAsync("/api/staff/settings/followups", new { value, revision = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<FollowUpSettings>()).Revision);
    }

    [Fact]
    public async Task Save_Valid_IsTheNewRevisionWithTheDefaultsDocumented()
    {
        var admin = await AdminAsync();

        var defaults = await admin.GetFromJsonAsync<JsonElement>("/api/staff/settings/followups");
        var saved = await admin.PutAsJsonAsync("/api/staff/settings/followups", new { value = new { contactIntervalMonths = 3 }, revision = 0 });

        Assert.Equal(6, defaults.GetProperty("value").GetProperty("contactIntervalMonths").GetInt32());
        Assert.Equal(3.5m, defaults.GetProperty("value").GetProperty("satisfactionTarget").GetDecimal());
        Assert.Equal(10, defaults.GetProperty("value").GetProperty("annualSurveyMonth").GetInt32());
        Assert.Equal(7, defaults.GetProperty("value").GetProperty("annualSurveyReminderDays").GetInt32());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(3, (await App.Get<SettingsStore>().GetAsync<FollowUpSettings>()).ContactIntervalMonths);
    }

    private async Task<HttpClient> AdminAsync()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        return await App.SignInAsync("admin");
    }
}
