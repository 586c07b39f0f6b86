using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The public form, receipt and tracking page in headless Chromium, as a customer on a phone uses them.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class FeedbackFormBrowserTests : AppTest
{
    private static readonly string Photo = Path.Combine(RepositoryRoot.Path, "Functions.Tests", "Pdf", "Fixtures", "defect-small.jpg");

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task Submit_ChineseComplaintWithAPhoto_ShowsTheReceiptAndTheTrackingLinkWorks()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/feedback");

        var chinese = Texts.Instance.For(Texts.Chinese);
        await page.GetByLabel(chinese["form.name"]).FillAsync("张伟");
        await page.GetByLabel(chinese["form.email"]).FillAsync("zhang.wei@example.com");
        await page.GetByLabel(chinese["form.product"], new() { Exact = true }).FillAsync("结构胶 JG-300");
        await page.Locator("#description").FillAsync("固化后出现裂纹，两条生产线停线。");
        await page.Locator("input[name=attachments]").First.SetInputFilesAsync(Photo);
        await page.Locator("input[name=consent]").CheckAsync();
        await page.Locator("form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("FB-202603-0001");
        var link = await page.GetByTestId("tracking-link").GetAttributeAsync("href");
        await page.GotoAsync(new Uri(link!).PathAndQuery);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("FB-202603-0001");
        var mails = await App.SendMailAsync();
        Assert.Contains(mails, m => m.Language == "zh-CN" && m.Text!.Contains(link!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_MissingFields_FocusableErrorSummaryLinksToTheFields()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/feedback?lang=en");

        await page.Locator("form button[type=submit]").ClickAsync();

        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await summary.Locator("a[href='#email']").ClickAsync();
        await Assertions.Expect(page.Locator("#email")).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("/feedback?lang=en")]
    [InlineData("/feedback?lang=zh-CN")]
    public async Task Form_AccessibilityCheck_HasNoViolations(string path)
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [Fact]
    public async Task ErrorsAndReceipt_AccessibilityCheck_HaveNoViolations()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/feedback?lang=en");
        await page.Locator("form button[type=submit]").ClickAsync();
        var errors = await page.RunAxe();

        await page.Locator("#name").FillAsync("Maria Lopez");
        await page.Locator("#email").FillAsync("maria@example.com");
        await page.Locator("#description").FillAsync("Twelve cartons arrived crushed.");
        await page.Locator("input[name=consent]").CheckAsync();
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToBeVisibleAsync();
        var receipt = await page.RunAxe();

        Assert.Empty(errors.Violations.Select(v => v.Id));
        Assert.Empty(receipt.Violations.Select(v => v.Id));
    }
}
