using System.Net;
using Microsoft.Playwright;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.FollowUps;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The suggestions customers wrote in surveys, listed by month with the department concerned and when their digest went out.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class SuggestionsConsoleBrowserTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0), kestrel: true);

    [Fact]
    public async Task Suggestions_FollowUpSuggestionDigested_ShowsTheDepartmentAndWhenItWent()
    {
        await App.AddPeopleAsync();
        var customer = await App.Get<CustomerStore>().FindOrCreateAsync("Carl Ode", null, "c@example.com", null, "en");
        var invitation = await App.FollowUpSurveyAsync(customer);
        App.Clock.SetUtcNow(At(10, 20, 10, 0));

        // The browser reaches the app on Kestrel, so the customer's answer goes there too.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = App.BaseUrl };
        var answered = await http.AnswerFollowUpAsync(invitation.Token, products: 2, service: 4, "Lighter drums would help our line.");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 2, 10, 0));

        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "dgm");
        await page.GotoAsync("/console/#/suggestions/2026-10");

        await Assertions.Expect(page.Locator("#suggestions-heading")).ToHaveTextAsync("Suggestions from surveys 2026-10", new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByTestId("suggestions-count")).ToHaveTextAsync("Suggestions: 1", new() { Timeout = ConsoleSession.FirstLoad });
        var row = page.GetByTestId($"suggestion-{customer.Id}");
        await Assertions.Expect(row).ToContainTextAsync("Lighter drums would help our line.");
        await Assertions.Expect(row).ToContainTextAsync("Follow-up survey");
        await Assertions.Expect(row.GetByTestId("suggestion-department")).ToHaveTextAsync("Quality");
        await Assertions.Expect(row.GetByTestId("suggestion-sent")).ToContainTextAsync("Sent");
        await ConsoleSession.AssertAccessibleAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = "Carl Ode" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("customer-heading")).ToContainTextAsync("Carl Ode", new() { Timeout = ConsoleSession.FirstLoad });
    }
}
