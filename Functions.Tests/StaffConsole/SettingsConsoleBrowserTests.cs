using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Deadlines.Calendar;
using Serverless.Feedback.Tests.Settings;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// Administrators change the settings in the console, by hand or from a calendar feed; each change is saved as
/// a new revision. Everyone else on the staff reads them.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed partial class SettingsConsoleBrowserTests : AppTest
{
    private IBrowserContext? _context;

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await App.AddStaffAsync("li.na", "service", "en");
    }

    [Theory]
    [MemberData(nameof(SettingsSections.Edited), MemberType = typeof(SettingsSections))]
    public async Task Settings_OpenedByStaffWhoAreNotAdministrators_ShowsTheSectionReadOnly(string section)
    {
        var page = await OpenSectionAsync("li.na", section);

        await Assertions.Expect(page.GetByTestId("settings-read-only")).ToHaveTextAsync("Everyone on the staff reads these settings; only administrators change them.");
        var fields = page.GetByTestId("settings-fields");
        await Assertions.Expect(fields.Locator("input:disabled").Locator("visible=true").First).ToBeVisibleAsync();
        await Assertions.Expect(fields.Locator(":is(input, select, textarea, button):enabled")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("settings-save")).ToHaveCountAsync(0);
        await ConsoleSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Settings_RoutingChangedByAnAdministrator_SavesTheNextRevision()
    {
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

    [Fact]
    public async Task CalendarImport_IcsFileUploadedTwiceByAnAdministrator_AddsTheHolidaysOnceAndSaysWhyTheSecondAddedNothing()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "admin");
        await page.GotoAsync("/console/#/settings/calendar");
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 0");

        await ImportAsync(page);

        await Assertions.Expect(page.GetByTestId("calendar-import-result")).ToHaveTextAsync("Imported 13 entries as revision 1.");
        await Assertions.Expect(page.GetByTestId("calendar-import-added")).ToContainTextAsync("劳动节补班");
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 1");
        await Assertions.Expect(page.GetByTestId("holiday-name-0")).ToHaveValueAsync("元旦");
        await ConsoleSession.AssertAccessibleAsync(page);

        await ImportAsync(page);

        await Assertions.Expect(page.GetByTestId("calendar-import-result")).ToHaveTextAsync("Nothing new to import: no revision was saved.");
        await Assertions.Expect(page.GetByTestId("calendar-import-skipped")).ToContainTextAsync("the calendar already has holiday '元旦' on these days.");
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 1");
        var saved = await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>();
        Assert.Equal(1, saved.Revision);
        Assert.Equal(SampleCalendars.China2026Holidays, saved.Value.Calendar.Holidays);
    }

    public override async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>Signs in and opens a section through the navigation, as it stands before anyone changed it.</summary>
    private async Task<IPage> OpenSectionAsync(string staffId, string section)
    {
        _context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await _context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, staffId);
        await page.GetByTestId("nav-settings").ClickAsync();
        await page.GetByTestId($"settings-tab-{section}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 0");
        return page;
    }

    /// <summary>The input of a field, whether the test id sits on the input itself or on the component around it.</summary>
    private static ILocator Input(IPage page, string field) => page.Locator($"input[data-testid='{field}'], [data-testid='{field}'] input").First;

    private static ILocator FieldError(IPage page, string field) =>
        page.Locator(".el-form-item", new() { Has = page.GetByTestId(field) }).Locator(".el-form-item__error");

    /// <summary>Types into a field and leaves it, as a person would; a number field takes the value on leaving.</summary>
    private static async Task SetAsync(IPage page, string field, string value)
    {
        await Input(page, field).FillAsync(value);
        await Input(page, field).PressAsync("Tab");
    }

    /// <summary>Chooses the sample 2026 holiday feed in the calendar's import and imports it.</summary>
    private static async Task ImportAsync(IPage page)
    {
        await page.GetByTestId("calendar-import-file").SetInputFilesAsync(SampleCalendars.FixturePath);
        await page.GetByTestId("calendar-import-submit").ClickAsync();
    }
}
