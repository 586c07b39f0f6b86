using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// The console offers what the case is ready for, each approval step its own meaning, and a closure that says
/// what the customer reads — in English and in Chinese, without a missing message or an axe finding.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class CaseOffersBrowserTests : SubmittedComplaintTest
{
    protected override async Task AddMoreStaffAsync()
    {
        await App.AddStaffAsync("zhou.li", "service", "zh-CN");
        await App.AddStaffAsync("wang.wei", "quality", "en");
        await App.AddStaffAsync("zhao.min", "quality", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        await App.AddStaffAsync("sun.hao", "quality", "en", StaffRole.Staff, StaffRole.DepartmentHead);
        await App.AddStaffAsync("qian.jun", "office", "en", StaffRole.DeputyGm);
    }

    [Theory]
    [InlineData("li.na", "en-GB")]
    [InlineData("zhou.li", "zh-CN")]
    public async Task FirstResponse_Recorded_IsNoLongerOfferedAndResumeOnlyWhileWaiting(string staffId, string locale)
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, Language(locale));
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, staffId);
        await ConsoleSession.OpenCaseAsync(page, Number);
        await Assertions.Expect(page.GetByTestId("action-wait")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("action-resume")).ToHaveCountAsync(0);

        var dialog = await ConsoleSession.OpenActionAsync(page, "firstResponse");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(page.GetByTestId("action-firstResponse")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("action-resume")).ToHaveCountAsync(0);
        dialog = await ConsoleSession.OpenActionAsync(page, "wait");
        await dialog.GetByTestId("field-reason").FillAsync(locale == "zh-CN" ? "请提供批号标签照片。" : "Photos of the batch label.");
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("action-resume")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("action-wait")).ToHaveCountAsync(0);

        // The "saved" notices fade in and out; axe judges the page once they are gone.
        await Assertions.Expect(page.Locator(".el-message")).ToHaveCountAsync(0, new() { Timeout = ConsoleSession.FirstLoad });
        await ConsoleSession.AssertAccessibleAsync(page);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("sun.hao", "en-GB", "Reviewed — pass it to the next approver", "Approved", "Reviewed")]
    [InlineData("zhao.min", "zh-CN", "已审核——提交下一位核决人", "核准", "已审核")]
    public async Task Approve_FirstOfTwoSteps_OffersTheReviewOnlyAndRecordsIt(string headId, string locale, string review, string approval, string recorded)
    {
        await ProposeMajorAsync(Number);
        await using var context = await Browser.NewContextAsync(App.BaseUrl, Language(locale));
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, headId);
        await ConsoleSession.OpenCaseAsync(page, Number);

        var dialog = await ConsoleSession.OpenActionAsync(page, "approve");
        var options = dialog.GetByTestId("field-meaning").GetByRole(AriaRole.Radio);
        await Assertions.Expect(options).ToHaveCountAsync(2);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = review, Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = approval, Exact = true })).ToHaveCountAsync(0);
        await ConsoleSession.AssertAccessibleAsync(page);
        await dialog.GetByText(review, new() { Exact = true }).ClickAsync();
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await Assertions.Expect(page.GetByTestId("section-approvals")).ToContainTextAsync(recorded);
        using var desk = new StaffClient(await ConsoleSession.SignInApiAsync(App, "li.na"), "li.na");
        var approvals = (await desk.GetAsync(Number)).Case.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("meaning").GetString()).ToList();
        Assert.Equal(["reviewed"], approvals);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("li.na", "en-GB", "Final result (internal)", "What the customer receives")]
    [InlineData("zhou.li", "zh-CN", "最终结果（内部）", "顾客将收到的内容")]
    public async Task Close_Inquiry_SaysWhatTheCustomerReadsAndSendsOnlyThat(string staffId, string locale, string internalLabel, string previewHeading)
    {
        var (number, tracking) = await SubmitAsync("inquiry");
        await using var context = await Browser.NewContextAsync(App.BaseUrl, Language(locale));
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, staffId);
        await ConsoleSession.OpenCaseAsync(page, number);

        var dialog = await ConsoleSession.OpenActionAsync(page, "close");
        await Assertions.Expect(dialog.GetByText(internalLabel, new() { Exact = true })).ToBeVisibleAsync();
        await dialog.GetByTestId("field-finalResult").FillAsync("Answered from data sheet DS-300 rev. 4.");
        await dialog.GetByTestId("field-customerMessage").FillAsync("JG-300 耐温 120 °C，技术资料已随信附上。");
        var preview = dialog.GetByTestId("close-preview");
        await Assertions.Expect(preview).ToContainTextAsync(previewHeading);
        await Assertions.Expect(preview).ToContainTextAsync("JG-300 耐温 120 °C");
        await Assertions.Expect(preview).Not.ToContainTextAsync("DS-300");
        await ConsoleSession.AssertAccessibleAsync(page);
        await dialog.GetByTestId("dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("closure-customer-message")).ToHaveTextAsync("JG-300 耐温 120 °C，技术资料已随信附上。");

        var closing = Assert.Single(await App.SendMailAsync(), m => m.MessageId!.Contains("case-closed", StringComparison.Ordinal));
        Assert.Contains("JG-300 耐温 120 °C", closing.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("DS-300", closing.Text, StringComparison.Ordinal);
        using var customer = new HttpClient { BaseAddress = App.BaseUrl };
        var trackingPage = System.Net.WebUtility.HtmlDecode(await customer.GetStringAsync(tracking));
        Assert.Contains("JG-300 耐温 120 °C", trackingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("DS-300", trackingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("固化后出现裂纹", trackingPage, StringComparison.Ordinal);
        Assert.Empty(missing);
    }

    private static string? Language(string locale) => locale == "en-GB" ? null : locale;

    private async Task<(string Number, string Tracking)> SubmitAsync(string kind)
    {
        var body = IntakeSamples.Complaint();
        body["kind"] = kind;
        using var client = new HttpClient { BaseAddress = App.BaseUrl };
        var response = await client.PostAsJsonAsync("/api/intake", body);
        response.EnsureSuccessStatusCode();
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        await App.SettleAsync();
        return (receipt.GetProperty("caseNumber").GetString()!, new Uri(receipt.GetProperty("trackingUrl").GetString()!).AbsolutePath);
    }

    /// <summary>A major complaint proposed with a two-step chain: the quality department head, then the deputy GM.</summary>
    private async Task ProposeMajorAsync(string number)
    {
        using var desk = new StaffClient(await ConsoleSession.SignInApiAsync(App, "li.na"), "li.na");
        using var engineer = new StaffClient(await ConsoleSession.SignInApiAsync(App, "wang.wei"), "wang.wei");
        await desk.DoAsync(number, "assess", new { validity = "valid", category = "productQuality", severity = "major", handlerId = "wang.wei" });
        await engineer.DoAsync(number, "start-investigation", new { });
        await engineer.DoAsync(number, "investigation", new { whys = Array.Empty<string>(), rootCauseCategory = "material", rootCause = "Resin out of specification.", causeOwner = "thirdParty", reportComplete = true });
        await engineer.DoAsync(number, "resolution", new
        {
            summary = "Replace the affected goods.",
            remedialActions = new[] { new { kind = "replacement", description = "Replace 40 kg" } },
            correctiveActions = Array.Empty<object>(),
            preventiveActions = Array.Empty<object>(),
            noCorrectiveActionReason = "Supplier batch already blocked.",
        });
    }
}
