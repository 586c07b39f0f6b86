using Microsoft.Playwright;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The annual satisfaction survey's results in the console, after the survey went out, was answered and closed.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class SurveyConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0), kestrel: true);

    [Fact]
    public async Task SurveyResults_ClosedSurveyWithAnItemBelowTarget_ShowTheRateTheAveragesAndLinkTheCorrectiveAction()
    {
        await SurveyOfTwoAnsweredByOneAsync();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "dgm");

        await page.GetByTestId("nav-surveys").ClickAsync();
        await Assertions.Expect(page.Locator("#survey-heading")).ToHaveTextAsync("Annual satisfaction survey 2026");
        var rate = page.GetByTestId("survey-rate");
        await Assertions.Expect(rate).ToContainTextAsync("50%");
        await Assertions.Expect(rate).ToContainTextAsync("1 of 2 main customers answered");
        await Assertions.Expect(page.GetByTestId("survey-rate-met")).ToHaveTextAsync("Target met");
        var packaging = page.GetByTestId("survey-item-packaging");
        await Assertions.Expect(packaging.GetByTestId("survey-average")).ToHaveTextAsync("2");
        await Assertions.Expect(packaging).ToContainTextAsync("Below target");
        await Assertions.Expect(page.GetByTestId("survey-item-delivery").GetByTestId("survey-case")).ToHaveCountAsync(0);

        // The one answer scored delivery 5: praise for the department concerned.
        await Assertions.Expect(page.GetByTestId("survey-item-delivery").GetByTestId("survey-praise")).ToContainTextAsync("1 scored 5");
        await Assertions.Expect(page.GetByTestId("survey-item-delivery").GetByTestId("survey-praise")).ToContainTextAsync("Passed on to Sales / Supply");
        await Assertions.Expect(packaging.GetByTestId("survey-praise")).ToHaveTextAsync("None");
        await Assertions.Expect(page.GetByTestId("survey-suggestions")).ToHaveTextAsync("Stronger cartons, please.");
        await ConsoleSession.AssertAccessibleAsync(page);

        await packaging.GetByTestId("survey-case").ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("FB-202611-0001");
    }

    [Fact]
    public async Task ImprovementActions_ItemBelowTarget_ListedForTheDepartmentAndShownOnTheCase()
    {
        await SurveyOfTwoAnsweredByOneAsync();

        // The case lists read the index rows the follow-through queue writes once the new case has settled.
        await App.SettleAsync();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();

        // The quality head works in Chinese.
        await ConsoleSession.SignInAsync(page, "qhead");

        await page.GetByTestId("nav-improvements").ClickAsync();
        await Assertions.Expect(page.Locator("#improvements-heading")).ToHaveTextAsync("改进措施");
        var row = page.GetByTestId("improvement-FB-202611-0001");
        await Assertions.Expect(row).ToContainTextAsync("质量部");
        await Assertions.Expect(page.GetByTestId("improvements-count")).ToHaveTextAsync("1 项改进措施");
        await ConsoleSession.AssertAccessibleAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = "FB-202611-0001" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("FB-202611-0001");
        await Assertions.Expect(page.GetByTestId("improvement-origin")).ToHaveTextAsync("2026年度满意度调查：包装");
        await Assertions.Expect(page.GetByTestId("section-improvement")).ToContainTextAsync("不是投诉");
        await ConsoleSession.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SilentCustomers_AnswerGivenByFax_EnteredInTheDialogCountsAndLeavesTheList()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 22, 10, 0));
        App.Clock.SetUtcNow(At(10, 23, 9, 0));
        var bai = await App.CustomerAsync("b@example.com");
        var anna = await App.CustomerAsync("a@example.com");
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "dgm");

        await page.GetByTestId("nav-surveys").ClickAsync();
        var silent = page.GetByTestId("survey-silent");
        var row = silent.GetByTestId($"silent-{bai.Id}");
        await Assertions.Expect(row).ToContainTextAsync("华东精密");
        await Assertions.Expect(row).ToContainTextAsync("Simplified Chinese");
        await Assertions.Expect(silent.GetByTestId($"silent-{anna.Id}")).ToContainTextAsync("Berg AB");
        await ConsoleSession.AssertAccessibleAsync(page);

        await row.GetByTestId("silent-answer").ClickAsync();
        var dialog = page.GetByTestId("dialog-survey-answer");
        await Assertions.Expect(dialog).ToContainTextAsync("Answer of 白雪");
        await dialog.GetByTestId("answer-channel").GetByText("Fax").ClickAsync();
        foreach (var (item, score) in new[] { ("productQuality", 4), ("packaging", 2), ("delivery", 5), ("service", 4), ("price", 3) })
        {
            await dialog.GetByTestId($"answer-{item}").GetByText(score.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Exact = true }).ClickAsync();
        }

        await dialog.GetByTestId("answer-comment").FillAsync("Stronger cartons, please.");
        await ConsoleSession.AssertAccessibleAsync(page);
        await dialog.GetByTestId("answer-save").ClickAsync();

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("survey-rate")).ToContainTextAsync("1 of 2 main customers answered");
        await Assertions.Expect(page.GetByTestId("survey-item-packaging").GetByTestId("survey-average")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("survey-suggestions")).ToHaveTextAsync("Stronger cartons, please.");
        await Assertions.Expect(silent.GetByTestId($"silent-{bai.Id}")).ToHaveCountAsync(0);
        await Assertions.Expect(silent.GetByTestId($"silent-{anna.Id}")).ToBeVisibleAsync();
        var answered = Assert.Single(await App.Get<FollowUpRecords>().ListAsync(bai.Id, CancellationToken.None), e => e.Kind == FollowUpRecords.SurveyAnswered);
        Assert.Equal(("dgm", "fax"), (answered.By, answered.Channel));

        // Her follow-up record shows the reminder and the answer with how it came.
        await silent.GetByRole(AriaRole.Link, new() { Name = "Anna Berg" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("customer-heading")).ToHaveTextAsync("Anna Berg");
        await page.GotoAsync($"/console/#/customers/{bai.Id}");
        var record = page.GetByTestId("customer-follow-ups");
        await Assertions.Expect(record.GetByTestId("follow-up-0").GetByTestId("follow-up-kind")).ToHaveTextAsync("Survey answered · by fax");
        await Assertions.Expect(record.GetByTestId("follow-up-1").GetByTestId("follow-up-kind")).ToHaveTextAsync("Survey reminder sent");
    }

    [Fact]
    public async Task SurveyResults_YearWithoutASurvey_SaysSo()
    {
        await App.AddPeopleAsync();
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "dgm");

        await page.GotoAsync("/console/#/surveys/2025");

        await Assertions.Expect(page.GetByTestId("survey-none")).ToContainTextAsync("No survey that year");
        await Assertions.Expect(page.GetByTestId("survey-none")).ToContainTextAsync("The annual survey of 2025 has not been sent.");
    }

    /// <summary>Two main customers get the 2026 survey on 15 October; one answers (packaging 2 of 5); it closes on 14 November and opens a case for packaging.</summary>
    private Task SurveyOfTwoAnsweredByOneAsync() => App.SurveyOfTwoAnsweredByOneAsync();
}
