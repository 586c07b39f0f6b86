using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>Working a case in the staff console: the list, the detail by link, an action through its dialog, a stale version, a refusal, Chinese.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class CaseConsoleBrowserTests : SubmittedComplaintTest
{
    protected override Task AddMoreStaffAsync() => App.AddStaffAsync("wang.fang", "service", "zh-CN");

    [Fact]
    public async Task CaseList_SubmittedComplaint_ShowsTheCaseAndOpensItFromTheList()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await ConsoleSession.SignInAsync(page, "li.na");

        var row = page.GetByTestId($"case-row-{Number}");
        await Assertions.Expect(row).ToContainTextAsync("张伟");
        await Assertions.Expect(row.GetByTestId("case-stage")).ToHaveTextAsync("Received");
        await Assertions.Expect(page.GetByTestId("nav-people")).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Link, new() { Name = Number }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(Number);
        await Assertions.Expect(page.GetByTestId("customer-description")).ToHaveTextAsync("固化后出现裂纹，两条生产线停线。");
        await Assertions.Expect(page.GetByTestId("customer-remedy")).ToHaveTextAsync("On-site visit");
        await Assertions.Expect(page.GetByTestId("deadline-firstResponse")).ToContainTextAsync("hours left");
        Assert.EndsWith($"#/cases/{Number}", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task CaseListFilters_ByTheirLabels_FilterTheListInEitherLanguage()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "li.na");
        var row = page.GetByTestId($"case-row-{Number}");
        await Assertions.Expect(row).ToBeVisibleAsync();

        await page.GetByLabel("Overdue only").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("overdue=1"));
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await page.GetByLabel("Overdue only").UncheckAsync();
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync(Number);
        await page.GetByLabel("Search", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Stage", Exact = true })).ToBeVisibleAsync();

        // The other language's words arrive with the switch, for the page shown and for the next area opened.
        await page.GetByTestId("language").SelectOptionAsync("zh-CN");
        await Assertions.Expect(page.GetByLabel("仅显示逾期")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "阶段" })).ToBeVisibleAsync();
        await page.GotoAsync("/console/#/reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "报告", Exact = true })).ToBeVisibleAsync();
        await page.GetByTestId("language").SelectOptionAsync("en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reports", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task DeepLink_SignedOut_OpensTheCaseAfterDevelopmentSignIn()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/console/#/cases/{Number}");
        await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });
        await page.GetByTestId("dev-sign-in").ClickAsync();
        await page.Locator("form:has(input[value='li.na']) button").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(Number, new() { Timeout = ConsoleSession.FirstLoad });
        Assert.EndsWith($"#/cases/{Number}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ThroughTheDialog_ChangesTheStageAndTheHistory()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, Number);

        var dialog = await ConsoleSession.OpenActionAsync(page, "assess");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-category"), "Product quality");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-severity"), "Major");
        await dialog.GetByTestId("dialog-submit").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("Assessed");
        await Assertions.Expect(page.GetByTestId("case-severity")).ToHaveTextAsync("Major");
        await Assertions.Expect(page.GetByTestId("case-department")).ToContainTextAsync("Quality");
        await Assertions.Expect(page.GetByTestId("case-first-receiver")).ToHaveTextAsync("li.na");
        var entry = page.GetByTestId("history-2");
        await Assertions.Expect(entry.GetByTestId("history-action")).ToHaveTextAsync("Assessed");
        await entry.GetByText("fields changed").ClickAsync();
        await Assertions.Expect(entry.GetByRole(AriaRole.Rowheader, new() { Name = "assessment.severity" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("action-startInvestigation")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddNote_CaseChangedInAnotherBrowser_AsksToReloadAndSavesNothingUntilAskedAgain()
    {
        await using var first = await Browser.NewContextAsync(App.BaseUrl);
        await using var second = await Browser.NewContextAsync(App.BaseUrl);
        var mine = await first.NewPageAsync();
        var theirs = await second.NewPageAsync();
        await ConsoleSession.SignInAsync(mine, "li.na");
        await ConsoleSession.SignInAsync(theirs, "chen.jie");
        await ConsoleSession.OpenCaseAsync(mine, Number);
        await ConsoleSession.OpenCaseAsync(theirs, Number);

        var their = await ConsoleSession.OpenActionAsync(theirs, "note", "notes-add");
        await their.GetByTestId("field-text").FillAsync("Called the customer back.");
        await their.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(theirs.GetByTestId("case-notes")).ToContainTextAsync("Called the customer back.");

        var my = await ConsoleSession.OpenActionAsync(mine, "note", "notes-add");
        await my.GetByTestId("field-text").FillAsync("Photos checked.");
        await my.GetByTestId("dialog-submit").ClickAsync();

        await Assertions.Expect(my.GetByTestId("stale")).ToContainTextAsync("Someone changed this since you opened it");
        await Assertions.Expect(mine.GetByTestId("case-notes")).Not.ToContainTextAsync("Called the customer back.");
        await my.GetByTestId("stale-reload").ClickAsync();
        await Assertions.Expect(my.GetByTestId("reloaded")).ToBeVisibleAsync();
        await Assertions.Expect(my.GetByTestId("stale")).ToHaveCountAsync(0);
        await Assertions.Expect(mine.GetByTestId("case-notes")).ToContainTextAsync("Called the customer back.");
        await Assertions.Expect(my.GetByTestId("field-text")).ToHaveValueAsync("Photos checked.");
        await my.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(my).ToBeHiddenAsync();
        await Assertions.Expect(mine.GetByTestId("case-notes")).ToContainTextAsync("Photos checked.");
    }

    [Fact]
    public async Task FirstResponse_RecordedMeanwhileInAnotherBrowser_DialogSaysItIsNoLongerPossible()
    {
        await using var first = await Browser.NewContextAsync(App.BaseUrl);
        await using var second = await Browser.NewContextAsync(App.BaseUrl);
        var page = await first.NewPageAsync();
        var theirs = await second.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.SignInAsync(theirs, "chen.jie");
        await ConsoleSession.OpenCaseAsync(page, Number);
        await ConsoleSession.OpenCaseAsync(theirs, Number);
        var their = await ConsoleSession.OpenActionAsync(theirs, "firstResponse");
        await their.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(their).ToBeHiddenAsync();
        await Assertions.Expect(theirs.GetByTestId("action-firstResponse")).ToHaveCountAsync(0);

        // This page still shows the button from before: the app refuses the old version, and once reloaded the
        // dialog says the action is no longer possible instead of offering it again.
        var dialog = await ConsoleSession.OpenActionAsync(page, "firstResponse");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("stale")).ToBeVisibleAsync();
        await dialog.GetByTestId("stale-reload").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("reloaded")).ToBeVisibleAsync();

        await Assertions.Expect(dialog.GetByTestId("no-longer-allowed")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByTestId("dialog-submit")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("action-firstResponse")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("case-history").GetByTestId("history-action")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task ChineseInterface_ListAndDetail_ShowChineseLabelsUntilSwitchedToEnglish()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "wang.fang");

        await Assertions.Expect(page.Locator("#cases-heading")).ToHaveTextAsync("案件");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "编号" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"case-row-{Number}").GetByTestId("case-stage")).ToHaveTextAsync("已登记");
        await ConsoleSession.OpenCaseAsync(page, Number);
        await Assertions.Expect(page.GetByText("首问责任人")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("action-assess")).ToHaveTextAsync("判定分类");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "处理历史" })).ToBeVisibleAsync();

        await page.GetByTestId("language").SelectOptionAsync("en");
        await Assertions.Expect(page.GetByTestId("action-assess")).ToHaveTextAsync("Assess");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task CaseListAndDetail_AccessibilityCheck_HaveNoViolations()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await Assertions.Expect(page.GetByTestId($"case-row-{Number}")).ToBeVisibleAsync();
        var list = await page.RunAxe();

        await ConsoleSession.OpenCaseAsync(page, Number);
        await Assertions.Expect(page.GetByTestId("case-history")).ToBeVisibleAsync();
        var detail = await page.RunAxe();

        Assert.True(list.Violations.Length == 0, ConsoleSession.Describe(list));
        Assert.True(detail.Violations.Length == 0, ConsoleSession.Describe(detail));
    }
}
