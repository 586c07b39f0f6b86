using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// Tier-A customers first (docs/procedure.md §10.3) in the console: the list marks the key customer's case and shows it
/// ahead of an earlier one of the same stage, the case's deadlines say so, and an administrator sets shorter defaults.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class TierAConsoleBrowserTests : AppTest
{
    private string _ordinary = "";
    private string _tierA = "";

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        var key = await App.Get<CustomerStore>().FindOrCreateAsync("Key Buyer", "Key Ltd", "key@example.com", null, "en");
        var (customer, etag) = (await App.Get<CustomerStore>().GetAsync(key.Id))!.Value;
        await App.Get<CustomerStore>().SaveAsync(customer with { Tier = CustomerTier.A }, etag);

        _ordinary = await RegisterAsync("stranger@example.com");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        _tierA = await RegisterAsync("key@example.com");
    }

    [Fact]
    public async Task CaseList_TierACustomer_MarkedAndFirstWithinTheStage()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "li.na");

        // The stranger's case arrived first; the key customer's comes first within "received".
        var rows = page.GetByTestId("case-table").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-testid", $"case-row-{_tierA}", new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByTestId($"case-row-{_tierA}").GetByTestId("tier-a")).ToHaveTextAsync("Tier A");
        await Assertions.Expect(page.GetByTestId($"case-row-{_ordinary}").GetByTestId("tier-a")).ToHaveCountAsync(0);
        await ConsoleSession.AssertAccessibleAsync(page);

        await ConsoleSession.OpenCaseAsync(page, _tierA);
        await Assertions.Expect(page.GetByTestId("deadlines-tier-a")).ToContainTextAsync("Tier-A customer");
        await ConsoleSession.AssertAccessibleAsync(page);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task SlaSettings_TierADefaultsSetByAnAdministrator_SavedAndUsedForTheNextCase()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "admin");
        await page.GotoAsync("/console/#/settings/sla");

        var firstResponse = page.GetByRole(AriaRole.Textbox, new() { Name = "First response for tier A", Exact = true });
        await Assertions.Expect(firstResponse).ToHaveValueAsync("", new() { Timeout = ConsoleSession.FirstLoad });
        await firstResponse.FillAsync("PT4H");
        var days = page.GetByRole(AriaRole.Spinbutton, new() { Name = "Resolution for tier A (working days)", Exact = true });
        await days.FillAsync("2");
        await days.BlurAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("revision 1");
        var saved = (await App.Get<SettingsStore>().GetVersionedAsync<SlaPolicy>()).Value.Rules;
        Assert.Equal(new TierATargets("PT4H", 2), saved.TierA);
        Assert.Equal(SlaRules.Default.FirstResponse, saved.FirstResponse);

        var next = await RegisterAsync("key@example.com");
        var clock = (await App.Get<CaseStore>().GetAsync(next, CancellationToken.None))!.Case.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(2, clock.BudgetWorkingDays);
        Assert.Empty(missing);
    }

    private async Task<string> RegisterAsync(string email)
    {
        var number = (await App.Get<IntakeRegistrar>().RegisterAsync(IntakeRegistrarTests.Submission(email), CancellationToken.None)).Stored.Case.Number;
        await App.SettleAsync();
        return number;
    }
}
