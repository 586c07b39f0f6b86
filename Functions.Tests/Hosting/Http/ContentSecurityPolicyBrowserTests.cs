using Microsoft.Playwright;
using Serverless.Feedback.Tests.StaffConsole;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Http;

/// <summary>The pages work under their Content-Security-Policy: Chromium reports no violation on any of them.</summary>
public sealed class ContentSecurityPolicyBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task PublicPagesAndConsole_Browsed_ViolateNoPolicy()
    {
        await App.AddStaffAsync("li.na", "service", "zh-CN", Serverless.Feedback.Cases.Model.StaffRole.Staff, Serverless.Feedback.Cases.Model.StaffRole.DepartmentHead);
        var number = await ConsoleSession.SubmitComplaintAsync(App);
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/feedback");
        await Assertions.Expect(page.Locator("form button[type=submit]")).ToBeVisibleAsync();
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator("form button[type=submit]").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        await ConsoleSession.SignInAsync(page, "li.na");
        await page.GotoAsync($"/console/#/cases/{number}");
        await Assertions.Expect(page.GetByText(number).First).ToBeVisibleAsync();
        await page.GotoAsync("/console/#/customers");
        await page.GotoAsync("/console/#/reports");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(violations);
    }
}
