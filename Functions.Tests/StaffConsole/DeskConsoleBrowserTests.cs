using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The complaint desk in the console: a phone call registered without e-mail and answered at first contact; a regulator's letter.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class DeskConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(kestrel: true);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("zhou.hua", "office", "zh-CN", StaffRole.Gm);
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
    }

    [Fact]
    public async Task NewCase_PhoneCallWithoutEmail_IsRegisteredAndResolvedAtFirstContact()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await ConsoleSession.SignInAsync(page, "li.na");

        await page.GetByTestId("new-case").ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-case-page")).ToBeVisibleAsync();
        await page.GetByTestId("field-name").FillAsync("王芳");
        await page.GetByTestId("field-phone").FillAsync("138 0000 1234");
        await page.GetByTestId("field-description").FillAsync("The label does not say how long the adhesive cures.");
        await Assertions.Expect(page.GetByTestId("field-tellBy")).ToBeVisibleAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        await page.GetByTestId("register").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FB-"), new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByTestId("intake-tellBy")).ToHaveTextAsync("Phone");
        var dialog = await ConsoleSession.OpenActionAsync(page, "firstContact");
        await dialog.GetByTestId("field-answer").FillAsync("It cures in 24 hours at 25 °C, 48 hours when cold.");
        await dialog.GetByTestId("field-reaction").FillAsync("Understood and satisfied.");
        await ConsoleSession.PickAsync(page, dialog.GetByTestId("field-category"), "Non-quality / human error");
        await dialog.GetByTestId("dialog-submit").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("case-stage")).ToHaveTextAsync("Closed");
        await Assertions.Expect(page.GetByTestId("section-first-contact")).ToContainTextAsync("Understood and satisfied.");
        await ConsoleSession.AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task NewCase_StampedLetterFromARegulator_RecordsTheStampAndReachesTheGm()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await page.GotoAsync("/console/#/cases/new");
        await Assertions.Expect(page.GetByTestId("new-case-page")).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });

        await page.GetByTestId("field-channel").GetByText("Letter").ClickAsync();
        await page.GetByTestId("field-signaturePresent").ClickAsync();
        await page.GetByTestId("field-forwardedByAuthority").ClickAsync();
        await page.GetByTestId("field-name").FillAsync("Market regulation bureau");
        await page.GetByTestId("field-email").FillAsync("complaints@regulator.example.com");
        await page.GetByTestId("field-description").FillAsync("Forwarded letter: damaged packaging on delivery SO-2026-0315.");
        await page.GetByTestId("register").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FB-"), new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByTestId("intake-signature")).ToHaveTextAsync("Yes");
        await App.SettleAsync();
        await App.DrainAsync("MailOutbox");
        Assert.Contains(App.Get<Serverless.Feedback.Mail.Outbox.IOutboxReader>().List(), e => e.MailId.Contains("authority-case-zhou.hua", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewCase_CallerReportsAnInjury_IsMarkedAsASafetyHazardAndReachesTheDeputyGm()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await page.GotoAsync("/console/#/cases/new");
        await Assertions.Expect(page.GetByTestId("new-case-page")).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });

        await page.GetByTestId("field-name").FillAsync("刘洋");
        await page.GetByTestId("field-phone").FillAsync("139 0000 5678");
        await page.GetByTestId("field-description").FillAsync("A cartridge burst in the gun and cut the caller's hand.");
        await page.GetByTestId("field-safetyHazard").ClickAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        await page.GetByTestId("register").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FB-"), new() { Timeout = ConsoleSession.FirstLoad });
        var number = (await page.GetByTestId("case-number").TextContentAsync())!.Trim();
        await Assertions.Expect(page.GetByTestId("customer-safety")).ToContainTextAsync("safety hazard");

        // The list reads the index rows the registration writes once it has settled.
        await App.SettleAsync();
        await page.GotoAsync("/console/#/cases");
        var row = page.GetByTestId($"case-row-{number}");
        await Assertions.Expect(row.GetByTestId("safety-hazard")).ToHaveTextAsync("Safety", new() { Timeout = ConsoleSession.FirstLoad });
        await ConsoleSession.AssertAccessibleAsync(page);
        await App.DrainAsync("MailOutbox");
        Assert.Contains(App.Get<Serverless.Feedback.Mail.Outbox.IOutboxReader>().List(), e => e.MailId.Contains("safety-case-qian.jun", StringComparison.Ordinal));
    }
}
