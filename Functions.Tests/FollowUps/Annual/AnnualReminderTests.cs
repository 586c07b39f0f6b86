using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Annual;

/// <summary>The 2026 annual survey (sent 15 October 10:00, open 30 days) chases those who have not answered after 7 days, once.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class AnnualReminderTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task Reminder_SeventhDay_GoesOnceToWhoHasNotAnsweredWithTheSameLink()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        var invitations = await App.SurveyMailsAsync("annual-2026");
        App.Clock.SetUtcNow(At(10, 18, 10, 0));
        await App.Anonymous().AnswerPackagingIsPoorAsync(invitations.Single(m => m.Recipient() == "a@example.com").SurveyLink());

        // Not before the seventh day.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 22, 9, 59));
        Assert.Empty(await App.SurveyMailsAsync("annual-reminder"));

        // On it, and however often the timer runs after, one reminder to 白雪 only, in Chinese, with the link she already has.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 22, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 23, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 30, 10, 0));
        var reminder = Assert.Single(await App.SurveyMailsAsync("annual-reminder"));
        Assert.Equal("b@example.com", reminder.Recipient());
        Assert.Equal("提醒：2026年度顾客满意程度调查", reminder.Subject);
        Assert.Equal(invitations.Single(m => m.Recipient() == "b@example.com").SurveyLink(), reminder.SurveyLink());

        // On her follow-up record once, at the time it went; not on Anna's.
        var record = await RecordAsync("b@example.com");
        var reminded = Assert.Single(record, e => e.GetProperty("kind").GetString() == FollowUpRecords.SurveyReminded);
        Assert.Equal(At(10, 22, 10, 0), reminded.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("system:annual-survey", reminded.GetProperty("by").GetString());
        Assert.DoesNotContain(await RecordAsync("a@example.com"), e => e.GetProperty("kind").GetString() == FollowUpRecords.SurveyReminded);
    }

    [Fact]
    public async Task Reminder_RunStoppedAfterDecidingIt_IsSentAndRecordedOnceAtTheTimeDecided()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        var rows = App.Get<AnnualRows>();
        var customer = await App.CustomerAsync("b@example.com");
        var invite = (await rows.ReadAsync(2026, CancellationToken.None)).Invites.Single(i => i.CustomerId == customer.Id);
        await rows.SaveInviteAsync(2026, invite with { RemindedAt = At(10, 22, 10, 0) }, CancellationToken.None);

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 23, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 24, 10, 0));

        Assert.Equal(["b@example.com", "a@example.com"], (await App.SurveyMailsAsync("annual-reminder")).Select(m => m.Recipient()).OrderDescending());
        var reminded = Assert.Single(await RecordAsync("b@example.com"), e => e.GetProperty("kind").GetString() == FollowUpRecords.SurveyReminded);
        Assert.Equal(At(10, 22, 10, 0), reminded.GetProperty("at").GetDateTimeOffset());
        Assert.All((await rows.ReadAsync(2026, CancellationToken.None)).Invites, i => Assert.True(i.ReminderMailed));
    }

    [Fact]
    public async Task Reminder_FirstRunAfterTheSurveyClosed_RemindsNobody()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));

        // The timer did not run for a month: the survey closed on 14 November, so nobody is asked any more.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 15, 10, 0));

        Assert.Empty(await App.SurveyMailsAsync("annual-reminder"));
        Assert.DoesNotContain(await RecordAsync("b@example.com"), e => e.GetProperty("kind").GetString() == FollowUpRecords.SurveyReminded);
        Assert.NotNull((await App.Get<AnnualRows>().GetRunAsync(2026, CancellationToken.None))?.EvaluatedAt);
    }

    private async Task<IReadOnlyList<JsonElement>> RecordAsync(string email)
    {
        var staff = await App.SignInAsync("dgm");
        var id = (await App.CustomerAsync(email)).Id;
        return [.. (await staff.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}/contacts")).GetProperty("record").EnumerateArray()];
    }
}
