using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// A customer who needs an answer by Wednesday 4 March, two working days after Monday's complaint (docs/procedure.md §14.4):
/// the list marks the case, the deadlines show the customer's date, and triage may refuse it in the assessment dialog.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class CustomerDeadlineConsoleBrowserTests : AppTest
{
    private string _number = "";

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("wang.wei", "quality", "en");
        using var client = new HttpClient { BaseAddress = App.BaseUrl };
        var complaint = IntakeSamples.Complaint();
        complaint["requestedDeadline"] = "2026-03-04";
        var response = await client.PostAsJsonAsync("/api/intake", complaint);
        response.EnsureSuccessStatusCode();
        _number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        await App.SettleAsync();
    }

    [Fact]
    public async Task Assess_RefusingTheCustomersDate_TellsTheCustomerAndDropsTheMarker()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "li.na");

        var row = page.GetByTestId($"case-row-{_number}");
        await Assertions.Expect(row.GetByTestId("customer-deadline")).ToHaveTextAsync("Customer’s date");
        await ConsoleSession.AssertAccessibleAsync(page);

        await ConsoleSession.OpenCaseAsync(page, _number);
        await Assertions.Expect(page.GetByTestId("deadline-resolution").GetByTestId("deadline-customer-date")).ToBeVisibleAsync();

        var dialog = await ConsoleSession.OpenActionAsync(page, "assess");
        var customerDate = dialog.GetByTestId("customer-date");
        await Assertions.Expect(customerDate).ToContainTextAsync("4 Mar 2026");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-category"), "Product quality");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-severity"), "Minor");
        await customerDate.GetByText("Refuse it and propose another date").ClickAsync();
        await dialog.GetByTestId("field-refusalReason").FillAsync("Samples must go to the lab; results take a week.");
        await ConsoleSession.AssertAccessibleAsync(page);
        var proposed = dialog.GetByLabel("Date proposed to the customer");
        await proposed.FillAsync("2026-03-12");
        await proposed.PressAsync("Enter");
        await dialog.GetByTestId("dialog-submit").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("customer-date-refused")).ToContainTextAsync("12 Mar 2026");
        await Assertions.Expect(page.GetByTestId("deadline-resolution").GetByTestId("deadline-customer-date")).ToHaveCountAsync(0);

        var stored = (await App.Get<CaseStore>().GetAsync(_number, CancellationToken.None))!.Case;
        Assert.Equal(new DateOnly(2026, 3, 12), stored.RequestedDeadlineRefusal!.ProposedDate);
        Assert.False(stored.Sla.Find(DeadlineKind.Resolution)!.DueRequestedByCustomer);
        Assert.Single(await App.SendMailAsync(), m => m.MessageId?.Contains(RequestedDeadlines.RefusedTemplate, StringComparison.Ordinal) == true);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Assess_AcceptingTheCustomersDate_KeepsItOnTheList()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, _number);

        var dialog = await ConsoleSession.OpenActionAsync(page, "assess");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-category"), "Product quality");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-severity"), "Minor");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("Assessed");

        await Assertions.Expect(page.GetByTestId("deadline-resolution").GetByTestId("deadline-customer-date")).ToBeVisibleAsync();

        // Routed to quality: the department's list still marks the customer's date.
        var list = await ConsoleSession.GetJsonAsync(App, "wang.wei", "/api/staff/cases?open=true");
        Assert.Equal("2026-03-04", list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == _number).GetProperty("customerDeadline").GetString());
        Assert.Null((await App.Get<CaseStore>().GetAsync(_number, CancellationToken.None))!.Case.RequestedDeadlineRefusal);
    }
}
