using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Annual;

/// <summary>Praise (通报表扬) from the 2026 annual survey of two main customers: an item most of them scored 5 goes to its department.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class AnnualPraiseTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task SurveyCloses_ItemMostlyScoredFive_MailsItsDepartmentOnceInEachPersonsLanguage()
    {
        // Product quality: 5 and 5 (praise). Delivery: 5 and 4, not more than half (no praise).
        await SurveyAnsweredAsync(("a@example.com", 5, 5), ("b@example.com", 5, 4));

        // Nothing while the survey is open.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 13, 10, 0));
        Assert.Empty(await PraiseMailsAsync());

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 30));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 15, 10, 30));

        // Quality owns product quality: each of its people, in their language.
        var praise = await PraiseMailsAsync();
        Assert.Equal(["qe@example.com", "qhead@example.com"], praise.Select(m => m.Recipient()).Order());
        Assert.Equal("Praise from our customers: Product quality in the satisfaction survey 2026", praise.Single(m => m.Recipient() == "qe@example.com").Subject);
        Assert.Contains("2 of the 2 main customers", praise.Single(m => m.Recipient() == "qe@example.com").Text, StringComparison.Ordinal);
        Assert.Equal("通报表扬：2026年度顾客满意程度调查中的“产品质量”", praise.Single(m => m.Recipient() == "qhead@example.com").Subject);
        Assert.All(praise, m => Assert.Contains("/console/#/surveys/2026", m.Text, StringComparison.Ordinal));

        // Recorded on the run and shown with the results.
        var manager = await App.SignInAsync("dgm");
        var items = (await manager.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("item").GetString()!);
        Assert.True(items["productQuality"].GetProperty("mostlyVerySatisfied").GetBoolean());
        Assert.Equal(2, items["productQuality"].GetProperty("verySatisfied").GetInt32());
        Assert.Equal("quality", items["productQuality"].GetProperty("praise").GetProperty("department").GetString());
        Assert.Equal(2, items["productQuality"].GetProperty("praise").GetProperty("recipients").GetInt32());
        Assert.Equal(1, items["delivery"].GetProperty("verySatisfied").GetInt32());
        Assert.False(items["delivery"].GetProperty("mostlyVerySatisfied").GetBoolean());
        Assert.False(items["delivery"].TryGetProperty("praise", out _));
    }

    [Fact]
    public async Task SurveyCloses_RunInterruptedBeforeRecordingThePraise_SendsNothingTwice()
    {
        await SurveyAnsweredAsync(("a@example.com", 5, 5));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 30));
        Assert.Equal(2, (await PraiseMailsAsync()).Count);

        // As if the run had stopped after queuing the mails, before it recorded them or closed the survey.
        var rows = App.Get<AnnualRows>();
        var run = (await rows.GetRunAsync(2026, CancellationToken.None))!;
        await rows.SaveRunAsync(run with { Praise = new Dictionary<string, PraiseSent>(), EvaluatedAt = null }, CancellationToken.None);
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 15, 10, 30));

        Assert.Equal(2, (await PraiseMailsAsync()).Count);
        Assert.Equal(["delivery", "productQuality"], (await rows.GetRunAsync(2026, CancellationToken.None))!.Praise.Keys.Order());
    }

    /// <summary>The survey goes out on 15 October; on the 20th the customers named answer with their scores for product quality and delivery.</summary>
    private async Task SurveyAnsweredAsync(params (string Email, int ProductQuality, int Delivery)[] answers)
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        var mails = await App.SurveyMailsAsync("annual");
        App.Clock.SetUtcNow(At(10, 20, 10, 0));
        foreach (var (email, productQuality, delivery) in answers)
        {
            await App.Anonymous().AnswerAnnualAsync(mails.Single(m => m.Recipient() == email).SurveyLink(), productQuality, delivery);
        }
    }

    private async Task<IReadOnlyList<DecodedMail>> PraiseMailsAsync() =>
        [.. (await App.SendMailAsync()).Where(m => m.MessageId?.StartsWith("<annual-praise-", StringComparison.Ordinal) == true)];
}
