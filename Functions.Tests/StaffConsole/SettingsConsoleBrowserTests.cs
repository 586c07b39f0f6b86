using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>Administrators change the settings in the console; the change is saved as a new revision.</summary>
public sealed class SettingsConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task Settings_RoutingChangedByAnAdministrator_SavesTheNextRevision()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "admin");

        await page.GetByTestId("nav-settings").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 0");
        await ConsoleSession.PickAsync(page, page.GetByTestId("routing-packaging"), "Production");
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 1");
        var saved = await App.Get<SettingsStore>().GetVersionedAsync<OrganisationSettings>();
        Assert.Equal(1, saved.Revision);
        Assert.Equal("production", saved.Value.Routing[Category.Packaging]);
        Assert.Equal("admin", saved.UpdatedBy);
    }
}
