using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Surveys;

/// <summary>The survey page in Chromium: answered with the keyboard-reachable form, no accessibility violations in either language.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class SurveyPageBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Theory]
    [InlineData("en", "Our service", "Send my answers", "Your answers are recorded")]
    [InlineData("zh-CN", "我们的服务", "提交问卷", "您的答卷已记录")]
    public async Task Survey_AnsweredInTheBrowser_HasNoAccessibilityViolationsAndIsRecorded(string language, string item, string submit, string thanks)
    {
        await App.Get<CustomerStore>().FindOrCreateAsync("Maria Lopez", null, "maria@example.com", null, language);
        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));
        var link = Assert.Single(await App.SurveyMailsAsync("followup")).SurveyLink();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        var empty = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        var withErrors = await page.RunAxe();
        await page.GetByRole(AriaRole.Group, new() { Name = item }).Locator("#service-4").CheckAsync();
        await page.Locator("#products-5").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();

        Assert.Empty(empty.Violations);
        Assert.Empty(withErrors.Violations);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(thanks);
    }
}
