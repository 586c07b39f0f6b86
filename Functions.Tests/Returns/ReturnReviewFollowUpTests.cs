using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Returns;

/// <summary>
/// Goods received Monday 9 March: the quality department reviews them by the end of Tuesday 10 March, the next
/// working day (docs/procedure.md §14.6). It is reminded that morning; a late review goes to its head, then a working day
/// later to the deputy GM and the GM.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReturnReviewFollowUpTests : AppTest
{
    private static readonly DateOnly Monday = new(2026, 3, 9);

    [Fact]
    public async Task FollowUp_ReviewLate_RemindsThenEscalatesToTheHeadThenManagement()
    {
        var number = await ReturnedAsync();
        var due = (await App.CaseAsync(number)).Sla.ReturnReviews.Single();
        Assert.Equal(At(3, 10, 17, 30), due.Due);

        await FollowUpAtAsync(At(3, 9, 16, 0));
        Assert.Empty(await App.MailsAsync("return-review-reminder"));
        await FollowUpAtAsync(At(3, 10, 9, 0));
        var reminders = await App.MailsAsync("return-review-reminder");
        Assert.Equal(["qe@example.com", "qhead@example.com"], reminders.Select(m => m.Recipient()).Order(StringComparer.Ordinal));
        Assert.Contains("by 10 Mar 2026, 17:30", reminders.Single(m => m.Recipient() == "qe@example.com").Text, StringComparison.Ordinal);

        await FollowUpAtAsync(At(3, 10, 17, 0));
        Assert.Empty(await App.MailsAsync("return-review-overdue"));
        await FollowUpAtAsync(At(3, 10, 18, 0));
        await FollowUpAtAsync(At(3, 11, 9, 0));
        var toQuality = await App.MailsAsync("return-review-overdue");
        Assert.Equal(["qe@example.com", "qhead@example.com"], toQuality.Select(m => m.Recipient()).Distinct().Order(StringComparer.Ordinal));

        await FollowUpAtAsync(At(3, 11, 18, 0));
        await FollowUpAtAsync(At(3, 12, 9, 0));
        var afterManagement = await App.MailsAsync("return-review-overdue");
        Assert.Equal(toQuality.Count + 2, afterManagement.Count);
        Assert.Single(afterManagement, m => m.Recipient() == "dgm@example.com");
        Assert.Single(afterManagement, m => m.Recipient() == "gm@example.com");

        // Reviewed at last, late: the follow-up stays for the figures and nothing more is sent.
        App.Clock.SetUtcNow(At(3, 12, 10, 0));
        await App.DoAsync(number, new ReviewReturnCommand("G1", "Seal cracked.", ReturnDisposition.Scrap), CaseSamples.QualityEngineer);
        await FollowUpAtAsync(At(3, 16, 9, 0));
        Assert.Equal(afterManagement.Count, (await App.MailsAsync("return-review-overdue")).Count);
        var stored = await App.CaseAsync(number);
        Assert.True(stored.Returns.Single().Review!.ReviewedAt > stored.Sla.ReturnReviews.Single().Due);
        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        Assert.Single(history, e => e.Action == "remindDeadline");
        Assert.Equal(2, history.Count(e => e.Action == "escalateDeadline"));
    }

    [Fact]
    public async Task FollowUp_ReviewedOnTime_NotChased()
    {
        var number = await ReturnedAsync();
        App.Clock.SetUtcNow(At(3, 9, 15, 0));
        await App.DoAsync(number, new ReviewReturnCommand("G1", "Seal cracked.", ReturnDisposition.Replace), CaseSamples.QualityEngineer);

        await FollowUpAtAsync(At(3, 10, 9, 0));
        await FollowUpAtAsync(At(3, 11, 9, 0));
        await FollowUpAtAsync(At(3, 12, 18, 0));

        Assert.Empty(await App.MailsAsync("return-review-reminder"));
        Assert.Empty(await App.MailsAsync("return-review-overdue"));
        Assert.Single((await App.CaseAsync(number)).Sla.ReturnReviews);
    }

    [Fact]
    public async Task Times_ReceivedOnFriday_DueAtTheEndOfMonday()
    {
        var number = await ReturnedAsync(new DateOnly(2026, 3, 6));

        var due = (await App.CaseAsync(number)).Sla.ReturnReviews.Single();

        Assert.Equal(At(3, 9, 17, 30), due.Due);
        Assert.Equal(At(3, 9, 8, 30), due.RemindAt);
        Assert.Equal(At(3, 10, 17, 30), due.ManagementAt);
    }

    private async Task<string> ReturnedAsync(DateOnly? receivedOn = null)
    {
        await App.AddPeopleAsync();
        App.Clock.SetUtcNow(At(3, 9, 10, 0));
        var number = await App.RegisterAsync();
        await App.AssessAsync(number);
        await App.DoAsync(number, new RegisterReturnCommand(12m, "Glue X", "B-17", receivedOn ?? Monday, "Zhang (warehouse)", null), CaseSamples.QualityEngineer);
        await App.SendMailAsync();
        return number;
    }

    private Task FollowUpAtAsync(DateTimeOffset at) => App.FireTimerAtAsync(ReturnReviewFollowUpFunction.Name, at);
}
