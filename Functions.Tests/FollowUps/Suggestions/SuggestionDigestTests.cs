using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Suggestions;

/// <summary>
/// Suggestions from surveys go to the department concerned as a digest: the 2026 annual survey's when it closes
/// (14 November), the follow-up surveys' on the first working day after their month (Sunday 1 November is not one).
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SuggestionDigestTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task AnnualSurvey_Closes_EachDepartmentConcernedGetsItsSuggestionsOnce()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.AddStaffAsync("seller", "sales", "en");
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        var mails = await App.SurveyMailsAsync("annual");
        App.Clock.SetUtcNow(At(10, 20, 10, 0));
        await App.Anonymous().AnswerAnnualAsync(mails.Single(m => m.Recipient() == "a@example.com").SurveyLink(), productQuality: 4, delivery: 2, comment: "Deliver on Mondays, please.");
        await App.Anonymous().AnswerAnnualAsync(mails.Single(m => m.Recipient() == "b@example.com").SurveyLink(), productQuality: 2, delivery: 4, comment: "桶要更结实。");

        // The October digest leaves the open survey's suggestions for its close.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 2, 10, 0));
        Assert.Empty(await DigestMailsAsync());

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 30));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 15, 10, 30));

        var digests = await DigestMailsAsync();
        Assert.Equal(["qe@example.com", "qhead@example.com", "seller@example.com"], digests.Select(m => m.Recipient()).Order());
        var sales = digests.Single(m => m.Recipient() == "seller@example.com");
        Assert.Equal("Customer suggestions from the satisfaction survey 2026", sales.Subject);
        Assert.Contains("Anna Berg (annual survey, ", sales.Text, StringComparison.Ordinal);
        Assert.Contains("Deliver on Mondays, please.", sales.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("桶要更结实。", sales.Text, StringComparison.Ordinal);
        var quality = digests.Single(m => m.Recipient() == "qhead@example.com");
        Assert.Equal("2026年度顾客满意程度调查中的顾客意见建议", quality.Subject);
        Assert.Contains("白雪 (年度调查, ", quality.Text, StringComparison.Ordinal);
        Assert.Contains("桶要更结实。", quality.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deliver on Mondays", quality.Text, StringComparison.Ordinal);

        // Listed for the month they were written, each with its department and when it went.
        var manager = await App.SignInAsync("dgm");
        var listed = (await manager.GetFromJsonAsync<JsonElement>("/api/staff/suggestions/2026-10")).EnumerateArray().ToList();
        Assert.Equal(
            ["quality: 桶要更结实。", "sales: Deliver on Mondays, please."],
            listed.Select(s => $"{s.GetProperty("department").GetString()}: {s.GetProperty("comment").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(listed, s => Assert.Equal("annual", s.GetProperty("survey").GetString()));
        Assert.All(listed, s => Assert.Equal(At(11, 14, 10, 30), s.GetProperty("sentAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task FollowUpSurveys_MonthEnds_DigestOnTheFirstWorkingDayAfterOnce()
    {
        await App.AddPeopleAsync();
        var carl = await SurveyAsync("Carl Ode", "c@example.com");
        var anna = await SurveyAsync("Anna Berg", "a@example.com");
        App.Clock.SetUtcNow(At(10, 20, 10, 0));
        await AnswerFollowUpAsync(carl, products: 2, comment: "Lighter drums would help our line.");
        await AnswerFollowUpAsync(anna, products: 4, comment: "");

        // Waiting: only the suggestion, with the department its lowest score concerns.
        var manager = await App.SignInAsync("dgm");
        var waiting = (await manager.GetFromJsonAsync<JsonElement>("/api/staff/suggestions/2026-10")).EnumerateArray().Single();
        Assert.Equal("Carl Ode", waiting.GetProperty("customerName").GetString());
        Assert.Equal("followUp", waiting.GetProperty("survey").GetString());
        Assert.Equal("quality", waiting.GetProperty("department").GetString());
        Assert.False(waiting.TryGetProperty("sentAt", out _));

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 31, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 1, 10, 0));
        Assert.Empty(await DigestMailsAsync());

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 2, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 3, 10, 0));
        var digests = await DigestMailsAsync();
        Assert.Equal(["qe@example.com", "qhead@example.com"], digests.Select(m => m.Recipient()).Order());
        var qe = digests.Single(m => m.Recipient() == "qe@example.com");
        Assert.Equal("Customer suggestions from the follow-up surveys, 2026-10", qe.Subject);
        Assert.Contains("Carl Ode (follow-up survey, ", qe.Text, StringComparison.Ordinal);
        Assert.Contains("Lighter drums would help our line.", qe.Text, StringComparison.Ordinal);
        Assert.Contains("/console/#/suggestions/2026-10", qe.Text, StringComparison.Ordinal);
        var sent = (await manager.GetFromJsonAsync<JsonElement>("/api/staff/suggestions/2026-10")).EnumerateArray().Single();
        Assert.Equal(At(11, 2, 10, 0), sent.GetProperty("sentAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("1999-12")]
    [InlineData("october")]
    public async Task List_NotAMonth_AnswersProblemDetails(string month)
    {
        await App.AddPeopleAsync();
        var manager = await App.SignInAsync("dgm");

        var response = await manager.GetAsync($"/api/staff/suggestions/{month}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<SurveyInvitation> SurveyAsync(string name, string email) =>
        await App.FollowUpSurveyAsync(await App.Get<Serverless.Feedback.Customers.CustomerStore>().FindOrCreateAsync(name, null, email, null, "en"));

    private async Task AnswerFollowUpAsync(SurveyInvitation invitation, int products, string comment) =>
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().AnswerFollowUpAsync(invitation.Token, products, service: 4, comment)).StatusCode);

    private async Task<IReadOnlyList<DecodedMail>> DigestMailsAsync() =>
        [.. (await App.SendMailAsync()).Where(m => m.MessageId?.StartsWith("<suggestions-", StringComparison.Ordinal) == true)];
}
