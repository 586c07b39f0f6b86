using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The follow-up and survey settings: saved, refused by the app at a field, and overtaken by someone else's save.</summary>
public sealed partial class SettingsConsoleBrowserTests
{
    [Fact]
    public async Task FollowUps_ChangedByAnAdministrator_AreKeptAfterAReloadAndAnsweredByTheApi()
    {
        var page = await OpenSectionAsync("admin", "followups");

        await SetAsync(page, "contactIntervalMonths", "4");
        await SetAsync(page, "responseRateTarget", "60");
        await ConsoleSession.PickAsync(page, page.GetByTestId("annualSurveyMonth"), "November");
        await ConsoleSession.PickAsync(page, page.GetByTestId("correctiveActionOwnerId"), "li.na · Customer service");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 1");
        await Assertions.Expect(Input(page, "contactIntervalMonths")).ToHaveValueAsync("4");
        await Assertions.Expect(Input(page, "responseRateTarget")).ToHaveValueAsync("60.0");
        await Assertions.Expect(page.GetByTestId("annualSurveyMonth")).ToContainTextAsync("November");
        await ConsoleSession.AssertAccessibleAsync(page);
        var value = (await ConsoleSession.GetJsonAsync(App, "admin", "/api/staff/settings/followups")).GetProperty("value");
        Assert.Equal(4, value.GetProperty("contactIntervalMonths").GetInt32());
        Assert.Equal(0.6m, value.GetProperty("responseRateTarget").GetDecimal());
        Assert.Equal(11, value.GetProperty("annualSurveyMonth").GetInt32());
        Assert.Equal("li.na", value.GetProperty("correctiveActionOwnerId").GetString());
        Assert.Equal(FollowUpSettings.Default.AnnualSurveyDay, value.GetProperty("annualSurveyDay").GetInt32());
    }

    [Fact]
    public async Task FollowUps_SurveyDayTheAppRefuses_ShowsItsMessageAtTheFieldAndSavesNothing()
    {
        var page = await OpenSectionAsync("admin", "followups");

        await SetAsync(page, "annualSurveyDay", "30");
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(FieldError(page, "annualSurveyDay")).ToHaveTextAsync("Between 1 and 28 (the day; at most 28 so every month has it).");
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 0");
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<FollowUpSettings>()).Revision);
    }

    [Fact]
    public async Task FollowUps_SavedBySomeoneElseMeanwhile_SaysSoAndSavesOnceReloaded()
    {
        var page = await OpenSectionAsync("admin", "followups");
        var other = await App.AddStaffAsync("wang", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await App.Get<SettingsStore>().SaveAsync(FollowUpSettings.Default with { FollowUpLinkDays = 90 }, 0, Actor.ForStaff(other));

        await SetAsync(page, "contactIntervalMonths", "3");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stale")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("settings-save")).ToBeDisabledAsync();
        await page.GetByTestId("stale-reload").ClickAsync();
        await Assertions.Expect(Input(page, "followUpLinkDays")).ToHaveValueAsync("90");
        await SetAsync(page, "contactIntervalMonths", "3");
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 2");
        var saved = (await App.Get<SettingsStore>().GetVersionedAsync<FollowUpSettings>()).Value;
        Assert.Equal((3, 90), (saved.ContactIntervalMonths, saved.FollowUpLinkDays));
    }
}
