using Microsoft.Playwright;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The staff console, as built by Vite and served by the app, in a real headless Chromium.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class ConsolePageBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    [Fact]
    public async Task Console_Loaded_ShowsEveryStorageServiceOk()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        var response = await page.GotoAsync("/console/#/status");

        Assert.Equal(200, response!.Status);
        foreach (var service in new[] { "tables", "queues", "blobs" })
        {
            await Assertions.Expect(page.GetByTestId($"service-{service}")).ToHaveTextAsync("OK");
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Console_ChineseBrowser_ShowsChineseTexts()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/console/#/status");

        await Assertions.Expect(page.GetByTestId("service-tables")).ToHaveTextAsync("正常");
    }

    [Fact]
    public async Task Console_SignedOut_OffersTheSignInLinks()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/console/");

        await Assertions.Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sign-in")).ToHaveAttributeAsync("href", "/.auth/login/aad?post_login_redirect_uri=/console/");
        await Assertions.Expect(page.GetByTestId("dev-sign-in")).ToHaveAttributeAsync("href", "/dev/sign-in");
        await Assertions.Expect(page.GetByTestId("nav-status")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-cases")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Console_DeepLink_ServesTheAppShell()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/console/cases/FB-202603-0001");

        Assert.Equal(200, response!.Status);
        Assert.Equal("text/html", (await response.HeaderValueAsync("content-type"))?.Split(';')[0]);
    }
}
