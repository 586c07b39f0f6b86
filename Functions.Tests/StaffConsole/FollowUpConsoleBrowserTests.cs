using Microsoft.Playwright;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>Follow-ups in the console: tier-A customers due for a visit, and a visit logged on the customer's page.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class FollowUpConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task LogVisit_TierACustomerDue_ListsTheVisitMovesTheNextDueDateAndLeavesTheVisitList()
    {
        await App.AddStaffAsync("li.na", "service", "en");
        await ConsoleSession.SubmitComplaintAsync(App);
        var customer = await App.ChangeCustomerAsync("zhang.wei@example.com", c => c with { Tier = CustomerTier.A });

        // On file since 2 March 2026: the half-yearly visit fell due on 2 September.
        App.Clock.SetUtcNow(FeedbackApp.DefaultStart.AddMonths(7));
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");

        await page.GetByTestId("nav-follow-ups").ClickAsync();
        var row = page.GetByTestId($"visit-{customer.Id}");
        await Assertions.Expect(row).ToContainTextAsync("华东精密制造有限公司");
        await ConsoleSession.AssertAccessibleAsync(page);
        await row.GetByRole(AriaRole.Link, new() { Name = "张伟" }).ClickAsync();

        var followUps = page.GetByTestId("customer-follow-ups");
        await Assertions.Expect(followUps.GetByTestId("follow-up-tier")).ToContainTextAsync("Tier A");
        await Assertions.Expect(followUps.GetByTestId("follow-up-next")).ToContainTextAsync("Due now");
        await ConsoleSession.AssertAccessibleAsync(page);
        await followUps.GetByTestId("contact-log").ClickAsync();
        var dialog = page.GetByTestId("dialog-contact");
        await dialog.GetByTestId("contact-note").FillAsync("Visited the plant: a competitor cut prices by 5 %.");
        await dialog.GetByTestId("contact-save").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        var entry = followUps.GetByTestId("follow-up-0");
        await Assertions.Expect(entry.GetByTestId("follow-up-kind")).ToHaveTextAsync("Visit");
        await Assertions.Expect(entry).ToContainTextAsync("a competitor cut prices by 5 %.");
        await Assertions.Expect(entry).ToContainTextAsync("li.na");
        await Assertions.Expect(followUps.GetByTestId("follow-up-next")).ToHaveTextAsync("2 Apr 2027");
        await page.GetByTestId("nav-follow-ups").ClickAsync();
        await Assertions.Expect(page.GetByText("No customer is due for a visit.")).ToBeVisibleAsync();
        Assert.Equal(App.Clock.GetUtcNow(), (await App.CustomerAsync("zhang.wei@example.com")).LastContactAt);
    }

    [Fact]
    public async Task LogContact_AppRefusesTheDate_ShowsItsMessageAtTheFieldAndLogsNothing()
    {
        await App.AddStaffAsync("li.na", "service", "en");
        await ConsoleSession.SubmitComplaintAsync(App);
        var customer = await App.CustomerAsync("zhang.wei@example.com");
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await page.GotoAsync($"/console/#/customers/{customer.Id}");
        await Assertions.Expect(page.GetByTestId("customer-heading")).ToHaveTextAsync("张伟");

        // The app's clock moves on while the page is open: a day the console still counts as recent is over a year ago for the app.
        App.Clock.Advance(TimeSpan.FromDays(400));
        await page.GetByTestId("contact-log").ClickAsync();
        var dialog = page.GetByTestId("dialog-contact");
        var at = dialog.GetByLabel("When it happened");
        await at.FillAsync("2026-03-01 12:00:00");
        await at.PressAsync("Enter");
        await dialog.GetByTestId("contact-save").ClickAsync();

        await Assertions.Expect(dialog.GetByTestId("problem")).ToContainTextAsync("The request was not accepted.");
        await Assertions.Expect(dialog.Locator(".el-form-item__error")).ToHaveTextAsync("A contact is logged from the last year up to now, not from the future.");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.Empty(await App.Get<FollowUpRecords>().ListAsync(customer.Id, CancellationToken.None));
    }
}
