using System.Text.Json;
using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>Data-subject requests on the customer page: an administrator exports and anonymises; others see neither.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class PrivacyConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task ExportAndAnonymise_Administrator_DownloadsTheJsonAndThePageShowsTheCustomerAnonymised()
    {
        await App.AddStaffAsync("wu.min", "office", "en", StaffRole.Administrator);
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var (page, customer) = await OpenCustomerAsync(context, "wu.min");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("customer-export").ClickAsync());
        var export = JsonDocument.Parse(await File.ReadAllBytesAsync(await download.PathAsync())).RootElement;
        Assert.Equal($"customer-{customer.Id}-personal-data.json", download.SuggestedFilename);
        Assert.Equal("zhang.wei@example.com", export.GetProperty("customer").GetProperty("email").GetString());

        await page.GetByTestId("customer-anonymise").ClickAsync();
        var dialog = page.GetByTestId("dialog-anonymise");
        await Assertions.Expect(dialog.GetByTestId("anonymise-reason")).ToBeVisibleAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        await dialog.GetByTestId("anonymise-confirm").ClickAsync();
        await Assertions.Expect(dialog.Locator(".el-form-item__error")).ToHaveTextAsync("Required.");
        await dialog.GetByTestId("anonymise-reason").FillAsync("Written request of 2 March.");
        await dialog.GetByTestId("anonymise-confirm").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("customer-anonymised")).ToHaveTextAsync("Anonymised");
        await Assertions.Expect(page.GetByTestId("customer-heading")).ToHaveTextAsync("(anonymised)");
        await Assertions.Expect(page.GetByTestId("customer-anonymise")).ToHaveCountAsync(0);
        Assert.NotNull((await App.Get<Feedback.Customers.CustomerStore>().GetAsync(customer.Id))!.Value.Customer.AnonymisedAt);
    }

    [Fact]
    public async Task CustomerPage_PlainStaffMember_ShowsNoExportOrAnonymise()
    {
        await App.AddStaffAsync("li.na", "service", "en");
        await using var context = await Browser.NewContextAsync(App.BaseUrl);

        var (page, _) = await OpenCustomerAsync(context, "li.na");

        await Assertions.Expect(page.GetByTestId("customer-export")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("customer-anonymise")).ToHaveCountAsync(0);
    }

    /// <summary>The sample customer's page, opened by <paramref name="staffId"/> after the customer submitted a complaint.</summary>
    private async Task<(IPage Page, Feedback.Customers.Customer Customer)> OpenCustomerAsync(IBrowserContext context, string staffId)
    {
        await ConsoleSession.SubmitComplaintAsync(App);
        var customer = await App.CustomerAsync("zhang.wei@example.com");
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, staffId);
        await page.GotoAsync($"/console/#/customers/{customer.Id}");
        await Assertions.Expect(page.GetByTestId("customer-heading")).ToHaveTextAsync("张伟");
        return (page, customer);
    }
}
