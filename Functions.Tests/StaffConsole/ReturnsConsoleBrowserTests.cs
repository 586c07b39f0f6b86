using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// Returned goods in the console (docs/procedure.md §14.6): the desk registers a lot on the case, quality reviews it with
/// an on-site rework and re-inspects it; goods without a case open one from their own page, in Chinese.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class ReturnsConsoleBrowserTests : SubmittedComplaintTest
{
    protected override async Task AddMoreStaffAsync()
    {
        await App.AddStaffAsync("wang.wei", "quality", "en");
        await App.AddStaffAsync("zhao.min", "quality", "zh-CN");
    }

    [Fact]
    public async Task CasePage_RegisterReviewAndReInspect_ShownAndAccessible()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, Number);

        var register = await ConsoleSession.OpenActionAsync(page, "registerReturn");
        await register.GetByTestId("field-quantity").Locator("input").FillAsync("12");
        await register.GetByTestId("field-receivedBy").FillAsync("Zhang (warehouse)");
        await register.GetByTestId("field-batch").FillAsync("B-17");
        await ConsoleSession.AssertAccessibleAsync(page);
        await register.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(register).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("return-G1")).ToContainTextAsync("Not reviewed yet");
        await Assertions.Expect(page.GetByTestId("deadline-returnReview")).ToContainTextAsync("Review of returned goods");
        await Assertions.Expect(page.GetByTestId("review-G1")).ToHaveCountAsync(0);
        await ConsoleSession.AssertAccessibleAsync(page);

        await using var qualityContext = await Browser.NewContextAsync(App.BaseUrl);
        var quality = await qualityContext.NewPageAsync();
        var qualityMissing = ConsoleSession.WatchMissingMessages(quality);
        await ConsoleSession.SignInAsync(quality, "wang.wei");
        await ConsoleSession.OpenCaseAsync(quality, Number);
        var review = await ConsoleSession.OpenActionAsync(quality, "reviewReturn", "review-G1");
        await review.GetByTestId("field-findings").FillAsync("Nozzle seal cracked; the sealant itself is fine.");
        await review.GetByTestId("field-disposition").GetByText("Rework", new() { Exact = true }).ClickAsync();
        await review.GetByTestId("field-onSite").ClickAsync();
        await review.GetByTestId("field-onSiteInspector").FillAsync("Chen (QC)");
        await ConsoleSession.AssertAccessibleAsync(quality);
        await review.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(review).ToBeHiddenAsync();
        await Assertions.Expect(quality.GetByTestId("return-review-G1")).ToContainTextAsync("Rework");
        await Assertions.Expect(quality.GetByTestId("return-review-G1")).ToContainTextAsync("On site, with inspector Chen (QC)");

        var inspect = await ConsoleSession.OpenActionAsync(quality, "reInspectReturn", "reinspect-G1");
        await inspect.GetByTestId("field-inspector").FillAsync("Chen (QC)");
        await inspect.GetByTestId("field-passed").GetByText("Passed", new() { Exact = true }).ClickAsync();
        await inspect.GetByTestId("field-result").FillAsync("All 12 pass the leak test.");
        await inspect.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(inspect).ToBeHiddenAsync();
        await Assertions.Expect(quality.GetByTestId("inspection-G1-0")).ToContainTextAsync("All 12 pass the leak test.");
        await ConsoleSession.AssertAccessibleAsync(quality);

        var stored = (await App.Get<CaseStore>().GetAsync(Number, CancellationToken.None))!.Case.Returns.Single();
        Assert.Equal(12m, stored.Quantity);
        Assert.Equal(ReturnDisposition.Rework, stored.Review!.Disposition);
        Assert.Equal("Chen (QC)", stored.Review.OnSiteInspector);
        Assert.True(stored.ReInspections.Single().Passed);
        Assert.Empty(missing);
        Assert.Empty(qualityMissing);
    }

    [Fact]
    public async Task ReturnPage_Chinese_GoodsWithoutACaseOpenOneAndStayAccessible()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "zhao.min");
        await page.GotoAsync("/console/#/returns/new");
        await Assertions.Expect(page.Locator("#return-intake-heading")).ToHaveTextAsync("登记退货", new() { Timeout = ConsoleSession.FirstLoad });

        await page.GetByTestId("field-quantity").Locator("input").FillAsync("6");
        await page.GetByTestId("field-receivedBy").FillAsync("张师傅");
        await page.GetByTestId("field-mode").GetByText("新开案件", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("register-return").ClickAsync();
        await Assertions.Expect(page.Locator("#return-intake-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("请填写电话或电子邮件。")).ToBeVisibleAsync();

        // Judged as it rests: the theme's hover shade of a primary button is not what stays on screen.
        await page.Mouse.MoveAsync(0, 0);
        await ConsoleSession.AssertAccessibleAsync(page);

        await page.GetByTestId("field-name").FillAsync("吴磊");
        await page.GetByTestId("field-phone").FillAsync("+86 21 5555 0199");
        await page.GetByTestId("field-description").FillAsync("六支密封胶随送货单退回，没有说明原因。");
        await page.GetByTestId("register-return").ClickAsync();

        await Assertions.Expect(page.GetByTestId("section-returns")).ToContainTextAsync("未经销售直接退回仓库", new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByTestId("return-G1")).ToContainTextAsync("尚未评审");
        await ConsoleSession.AssertAccessibleAsync(page);
        var number = await page.GetByTestId("case-number").InnerTextAsync();
        var opened = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.Equal(CaseKind.Complaint, opened.Kind);
        Assert.True(opened.Returns.Single().ArrivedWithoutCase);
        Assert.Empty(missing);
    }
}
