using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Annual;

/// <summary>
/// The 2026 annual survey (sent 15 October 10:00, reminded on the 22nd, open 30 days) of Anna Berg and 白雪: those
/// silent after the reminder listed for a call, and the answers they give by phone or fax entered by staff.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class AnnualPhoneAnswerTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task EnterAnswer_GivenByPhone_CountsLikeAWebAnswerAndLeavesTheSilentList()
    {
        await SentAsync();
        var clerk = await App.SignInAsync("clerk");
        var bai = await App.CustomerAsync("b@example.com");
        var link = (await App.SurveyMailsAsync("annual-2026")).Single(m => m.Recipient() == "b@example.com").SurveyLink();

        // Nobody is silent "after the reminder" before it went.
        App.Clock.SetUtcNow(At(10, 21, 10, 0));
        Assert.Empty((await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026/silent")).GetProperty("customers").EnumerateArray());

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 22, 10, 0));
        var silent = await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026/silent");
        Assert.True(silent.GetProperty("open").GetBoolean());
        Assert.Equal(At(11, 14, 10, 0), silent.GetProperty("closesAt").GetDateTimeOffset());
        var row = silent.GetProperty("customers").EnumerateArray().Single(c => c.GetProperty("customerId").GetString() == bai.Id);
        Assert.Equal("白雪", row.GetProperty("name").GetString());
        Assert.Equal("华东精密", row.GetProperty("company").GetString());
        Assert.Equal("zh-CN", row.GetProperty("language").GetString());
        Assert.Equal(At(10, 15, 10, 0), row.GetProperty("invitedAt").GetDateTimeOffset());
        Assert.Equal(At(10, 22, 10, 0), row.GetProperty("remindedAt").GetDateTimeOffset());
        Assert.Equal(2, silent.GetProperty("customers").GetArrayLength());

        App.Clock.SetUtcNow(At(10, 23, 15, 0));
        var entered = await clerk.PostAsJsonAsync($"/api/staff/surveys/2026/answers/{bai.Id}", Answer("phone", packaging: 2, comment: "  Stronger cartons, please. "));

        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        var results = await entered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, results.GetProperty("answered").GetInt32());
        Assert.Equal(0.5m, results.GetProperty("responseRate").GetDecimal());
        var packaging = results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "packaging");
        Assert.Equal(2m, packaging.GetProperty("average").GetDecimal());
        Assert.True(packaging.GetProperty("belowTarget").GetBoolean());
        Assert.Equal(["Stronger cartons, please."], results.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));

        // On her record as answered, by whom, how and when; she counts as contacted; the list is Anna alone.
        var answered = Assert.Single(await App.Get<FollowUpRecords>().ListAsync(bai.Id, CancellationToken.None), e => e.Kind == FollowUpRecords.SurveyAnswered);
        Assert.Equal(("clerk", "phone", At(10, 23, 15, 0)), (answered.By, answered.Channel, answered.At));
        Assert.Equal(2, answered.Scores!["packaging"]);
        Assert.Equal(At(10, 23, 15, 0), (await App.CustomerAsync("b@example.com")).LastContactAt);
        var left = (await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026/silent")).GetProperty("customers").EnumerateArray();
        Assert.Equal(["Anna Berg"], left.Select(c => c.GetProperty("name").GetString()));

        // Her own link now thanks her; the first answer stands.
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().AnswerPackagingIsPoorAsync(link)).StatusCode);
        Assert.Equal(1, (await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("answered").GetInt32());
    }

    [Fact]
    public async Task EnterAnswer_CustomerNotInvited_IsNotFound()
    {
        await SentAsync();
        var carl = await App.CustomerAsync("c@example.com");

        var response = await (await App.SignInAsync("clerk")).PostAsJsonAsync($"/api/staff/surveys/2026/answers/{carl.Id}", Answer("phone"));

        await AssertRefusedAsync(response, HttpStatusCode.NotFound, "not-found");
        Assert.Empty(await App.Get<FollowUpRecords>().ListAsync(carl.Id, CancellationToken.None));
    }

    [Fact]
    public async Task EnterAnswer_AlreadyAnsweredOnTheWeb_IsAConflictAndTheWebAnswerStands()
    {
        await SentAsync();
        var link = (await App.SurveyMailsAsync("annual-2026")).Single(m => m.Recipient() == "a@example.com").SurveyLink();
        await App.Anonymous().AnswerPackagingIsPoorAsync(link);
        var anna = await App.CustomerAsync("a@example.com");
        var clerk = await App.SignInAsync("clerk");

        var response = await clerk.PostAsJsonAsync($"/api/staff/surveys/2026/answers/{anna.Id}", Answer("fax", packaging: 5));

        await AssertRefusedAsync(response, HttpStatusCode.Conflict, "conflict");
        var packaging = (await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "packaging");
        Assert.Equal(2m, packaging.GetProperty("average").GetDecimal());
    }

    [Fact]
    public async Task EnterAnswer_SurveyClosed_BreaksTheRule()
    {
        await SentAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 0));
        var bai = await App.CustomerAsync("b@example.com");
        var clerk = await App.SignInAsync("clerk");

        var response = await clerk.PostAsJsonAsync($"/api/staff/surveys/2026/answers/{bai.Id}", Answer("phone"));

        var problem = await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "breaks-rule");
        Assert.Equal("survey-closed", problem.GetProperty("code").GetString());
        Assert.Equal(0, (await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("answered").GetInt32());
        Assert.False((await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026/silent")).GetProperty("open").GetBoolean());
    }

    public static TheoryData<string, object> BadAnswers => new()
    {
        { "scores.packaging", Answer("phone", packaging: 6) },
        { "scores.packaging", Answer("phone", packaging: 0) },
        { "scores.price", new { channel = "phone", scores = new { productQuality = 4, packaging = 4, delivery = 4, service = 4 } } },
        { "scores.colour", new { channel = "phone", scores = new { productQuality = 4, packaging = 4, delivery = 4, service = 4, price = 4, colour = 3 } } },
        { "channel", Answer("email") },
        { "comment", Answer("fax", comment: new string('x', 2001)) },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task EnterAnswer_NotAValidAnswer_AnswersTheFieldAndStoresNothing(string field, object answer)
    {
        await SentAsync();
        var bai = await App.CustomerAsync("b@example.com");
        var clerk = await App.SignInAsync("clerk");

        var response = await clerk.PostAsJsonAsync($"/api/staff/surveys/2026/answers/{bai.Id}", answer);

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.DoesNotContain(await App.Get<FollowUpRecords>().ListAsync(bai.Id, CancellationToken.None), e => e.Kind == FollowUpRecords.SurveyAnswered);
        Assert.Equal(0, (await clerk.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("answered").GetInt32());
    }

    [Fact]
    public async Task Silent_SignedOut_IsRefused()
    {
        await SentAsync();

        var response = await App.Anonymous().GetAsync("/api/staff/surveys/2026/silent");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task SentAsync()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
    }

    private static object Answer(string channel, int packaging = 4, string? comment = null) =>
        new { channel, scores = new { productQuality = 4, packaging, delivery = 5, service = 4, price = 3 }, comment };

    private static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string kind)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("tag:serverless.feedback,2026:problem:" + kind, problem.GetProperty("type").GetString());
        return problem;
    }
}
