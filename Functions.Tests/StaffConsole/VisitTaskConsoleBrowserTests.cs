using Microsoft.Playwright;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>A main customer who scored packaging 2 of 5 in the annual survey is on the visit list with a task; logging the visit takes them off.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class VisitTaskConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0), kestrel: true);

    [Fact]
    public async Task Visits_DissatisfiedMainCustomer_ShowTheTaskItsOwnerAndTheImprovementAction()
    {
        await App.SurveyOfTwoAnsweredByOneAsync();
        var anna = (await App.CustomerAsync("a@example.com")).Id;

        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "dgm");
        await page.GetByTestId("nav-follow-ups").ClickAsync();

        var task = page.GetByTestId($"visit-{anna}").GetByTestId("visit-task");
        await Assertions.Expect(task).ToContainTextAsync("Scored below target in the annual survey 2026:", new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(task).ToContainTextAsync("Packaging: 2");
        await Assertions.Expect(task.GetByTestId("visit-task-improvement")).ToHaveTextAsync("FB-202611-0001");
        await Assertions.Expect(task.GetByTestId("visit-task-owner")).ToHaveTextAsync("Owner: qhead");
        await Assertions.Expect(page.GetByTestId($"visit-{anna}")).ToContainTextAsync("3 Nov 2026");
        await ConsoleSession.AssertAccessibleAsync(page);

        await page.GetByTestId($"visit-{anna}").GetByRole(AriaRole.Link, new() { Name = "Anna Berg" }).ClickAsync();
        var followUps = page.GetByTestId("customer-follow-ups");
        await followUps.GetByTestId("contact-log").ClickAsync();
        var dialog = page.GetByTestId("dialog-contact");
        await dialog.GetByTestId("contact-note").FillAsync("Told her of the stronger cartons from December.");
        await dialog.GetByTestId("contact-save").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.GetByTestId("nav-follow-ups").ClickAsync();
        await Assertions.Expect(page.GetByText("No customer is due for a visit.")).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });
    }
}
