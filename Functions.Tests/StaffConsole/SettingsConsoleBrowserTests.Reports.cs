using Microsoft.Playwright;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The management report settings: recipients, the summary's day, monthly volumes; the app's refusals at their rows.</summary>
public sealed partial class SettingsConsoleBrowserTests
{
    [Fact]
    public async Task Reports_ChangedByAnAdministrator_AreKeptAfterAReloadAndAnsweredByTheApi()
    {
        var page = await OpenSectionAsync("admin", "reports");

        await page.GetByTestId("role-departmentHead").ClickAsync();
        await page.GetByTestId("add-recipient-address").ClickAsync();
        await SetAsync(page, "recipient-email-0", "board@example.com");
        await SetAsync(page, "recipient-name-0", "Board");
        await page.GetByTestId("add-recipient-staff").ClickAsync();
        await ConsoleSession.PickAsync(page, page.GetByTestId("recipient-1").Locator(".el-select"), "li.na · Customer service");
        await SetAsync(page, "summaryDay", "3");
        await page.GetByTestId("add-volume").ClickAsync();
        await SetAsync(page, "volume-month-0", "2026-02");
        await SetAsync(page, "volume-orders-0", "1200");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 1");
        await Assertions.Expect(Input(page, "recipient-email-0")).ToHaveValueAsync("board@example.com");
        await Assertions.Expect(page.GetByTestId("recipient-1")).ToContainTextAsync("li.na");
        await Assertions.Expect(Input(page, "volume-orders-0")).ToHaveValueAsync("1200");
        await Assertions.Expect(Input(page, "summaryDay")).ToHaveValueAsync("3");
        await ConsoleSession.AssertAccessibleAsync(page);
        var value = (await ConsoleSession.GetJsonAsync(App, "admin", "/api/staff/settings/reports")).GetProperty("value");
        Assert.Equal(["departmentHead", "deputyGm", "gm"], value.GetProperty("managementRoles").EnumerateArray().Select(r => r.GetString()));
        var recipients = value.GetProperty("managementList").EnumerateArray().ToList();
        Assert.Equal(("board@example.com", "Board", "zh-CN"), (recipients[0].GetProperty("email").GetString(), recipients[0].GetProperty("name").GetString(), recipients[0].GetProperty("language").GetString()));
        Assert.Equal("li.na", recipients[1].GetProperty("staffId").GetString());
        Assert.Equal(3, value.GetProperty("summaryDay").GetInt32());
        var volume = Assert.Single(value.GetProperty("volumes").EnumerateArray());
        Assert.Equal(("2026-02", 1200L), (volume.GetProperty("month").GetString(), volume.GetProperty("orders").GetInt64()));
        Assert.False(volume.TryGetProperty("deliveries", out _));
    }

    [Fact]
    public async Task Reports_AddressAndMonthsTheAppRefuses_ShowItsMessagesAtTheRowAndTheListAndSaveNothing()
    {
        var page = await OpenSectionAsync("admin", "reports");

        await page.GetByTestId("add-recipient-address").ClickAsync();
        await SetAsync(page, "recipient-email-0", "board at example.com");
        foreach (var row in new[] { 0, 1 })
        {
            await page.GetByTestId("add-volume").ClickAsync();
            await SetAsync(page, $"volume-month-{row}", "2026-02");
            await SetAsync(page, $"volume-deliveries-{row}", "80");
        }

        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("recipient-0").Locator(".error")).ToHaveTextAsync("'board at example.com' is not an e-mail address.");
        await Assertions.Expect(page.GetByTestId("settings-fields").GetByText("Each month may be entered once.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("settings-revision")).ToContainTextAsync("Revision 0");
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<ReportSettings>()).Revision);
    }
}
