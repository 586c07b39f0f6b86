using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// Holiday duty and the elapsed first response in the console (docs/procedure.md §3, §14.3): an administrator names who
/// is on duty on Saturdays and may switch the first response back to working time; a case shows its first response
/// counted day and night.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class OnDutyConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await App.AddStaffAsync("li.na", "service", "en");
    }

    [Fact]
    public async Task CalendarSettings_SaturdayOnDutyChosenByAnAdministrator_SavedInTheWeeklyRota()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "admin");
        await page.GotoAsync("/console/#/settings/calendar");
        await Assertions.Expect(page.GetByTestId("weekly-duty")).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });

        await ConsoleSession.PickAsync(page, page.GetByTestId("weekly-duty-Saturday"), "li.na · Customer service");
        await ConsoleSession.AssertAccessibleAsync(page);
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        var saved = (await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>()).Value;
        Assert.Equal([new WeeklyDuty(DayOfWeek.Saturday, "li.na")], saved.WeeklyOnDuty);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task SlaSettings_FirstResponseSwitchedToWorkingTime_Saved()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "admin");
        await page.GotoAsync("/console/#/settings/sla");
        var elapsed = page.GetByRole(AriaRole.Checkbox, new() { Name = "Count the first response in elapsed hours", Exact = false });
        await Assertions.Expect(elapsed).ToBeCheckedAsync(new() { Timeout = ConsoleSession.FirstLoad });

        await page.GetByTestId("sla-firstResponseElapsed").ClickAsync();
        await Assertions.Expect(elapsed).Not.ToBeCheckedAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        Assert.False((await App.Get<SettingsStore>().GetVersionedAsync<SlaPolicy>()).Value.Rules.FirstResponseElapsed);
    }

    [Fact]
    public async Task CaseDetail_NewComplaint_ShowsTheFirstResponseCountedDayAndNight()
    {
        var number = await ConsoleSession.SubmitComplaintAsync(App);
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");

        await ConsoleSession.OpenCaseAsync(page, number);

        var firstResponse = page.GetByTestId("deadline-firstResponse");
        await Assertions.Expect(firstResponse.GetByTestId("deadline-elapsed")).ToHaveTextAsync("Day and night");
        await Assertions.Expect(firstResponse).ToContainTextAsync("hours left");
        await Assertions.Expect(firstResponse).Not.ToContainTextAsync("working hours");
        await ConsoleSession.AssertAccessibleAsync(page);
    }
}
