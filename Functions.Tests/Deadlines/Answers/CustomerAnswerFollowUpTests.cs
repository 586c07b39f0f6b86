using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Answers;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Answers;

/// <summary>
/// The customer's answer to a resolution sent Monday 2 March 09:00 (default calendar, Mon–Fri): reminded
/// after 3 working days, deemed accepted after 7.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerAnswerFollowUpTests : AppTest
{
    [Fact]
    public async Task FollowUp_NoAnswer_RemindsTheCustomerOnceThenDeemsTheResolutionAccepted()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync(language: "zh-CN");
        await App.SendToCustomerAsync(number);

        await FollowUpAtAsync(At(3, 5, 8, 55));
        Assert.Empty(await App.MailsAsync("answer-reminder"));

        await FollowUpAtAsync(At(3, 5, 9, 30));
        await FollowUpAtAsync(At(3, 6, 9, 30));
        var reminder = Assert.Single(await App.MailsAsync("answer-reminder"));
        Assert.Equal("chen@example.com", reminder.Recipient());
        Assert.StartsWith("提醒：请答复处理方案", reminder.Subject, StringComparison.Ordinal);
        var reminded = await App.CaseAsync(number);
        Assert.Equal(CaseStage.AwaitingCustomer, reminded.Stage);
        Assert.Equal("answer-reminder", reminded.Messages[^1].Kind);
        Assert.Equal(At(3, 11, 9, 0), Assert.Single(await DueRowsAsync(At(3, 31, 0, 0))).GetDateTimeOffset("Due"));

        await FollowUpAtAsync(At(3, 11, 8, 55));
        Assert.Equal(CaseStage.AwaitingCustomer, (await App.CaseAsync(number)).Stage);

        await FollowUpAtAsync(At(3, 11, 9, 30));
        await FollowUpAtAsync(At(3, 12, 9, 30));
        var deemed = await App.CaseAsync(number);
        Assert.Equal(CaseStage.Accepted, deemed.Stage);
        Assert.Equal(CustomerDecision.DeemedAccepted, deemed.CustomerAnswer!.Decision);
        Assert.Equal(AnswerSource.NoAnswer, deemed.CustomerAnswer.Source);
        Assert.Null(deemed.Sla.Answer);
        Assert.Empty(await DueRowsAsync(At(3, 31, 0, 0)));
        Assert.Single(await App.MailsAsync("answer-reminder"));
        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        Assert.Single(history, e => e.Action == "remindCustomer");
        Assert.Contains("deemed accepted", Assert.Single(history, e => e.Action == "deemAccepted").Comment, StringComparison.Ordinal);

        // The handler learns the resolution now counts as accepted.
        Assert.Contains(await App.MailsAsync("customer-accepted"), m => m.Recipient() == "qe@example.com");
    }

    [Fact]
    public async Task FollowUp_CustomerAnsweredInTime_NeitherRemindsNorDeems()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        await App.SendToCustomerAsync(number);
        App.Clock.SetUtcNow(At(3, 3, 10, 0));
        await App.DoAsync(number, new CustomerAnswerCommand(CustomerDecision.Rejected, "Too slow.", AnswerSource.Phone, ["gm-appeal"]), CaseSamples.QualityEngineer);

        await FollowUpAtAsync(At(3, 5, 9, 30));
        await FollowUpAtAsync(At(3, 11, 9, 30));

        Assert.Empty(await App.MailsAsync("answer-reminder"));
        Assert.Equal(CaseStage.Investigating, (await App.CaseAsync(number)).Stage);
        Assert.Empty(await DueRowsAsync(At(3, 31, 0, 0)));
    }

    [Fact]
    public async Task FollowUp_ReminderSentLate_LeavesAWorkingDayBeforeSilenceCounts()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        await App.SendToCustomerAsync(number);

        // The timer did not run for two weeks: the reminder goes out now, acceptance only a working day later.
        await FollowUpAtAsync(At(3, 16, 9, 30));
        Assert.Equal(CaseStage.AwaitingCustomer, (await App.CaseAsync(number)).Stage);
        Assert.Single(await App.MailsAsync("answer-reminder"));

        await FollowUpAtAsync(At(3, 17, 9, 30));
        Assert.Equal(CaseStage.Accepted, (await App.CaseAsync(number)).Stage);
    }

    private Task FollowUpAtAsync(DateTimeOffset at) => App.FireTimerAtAsync(CustomerAnswerFollowUpFunction.Name, at);

    private Task<List<TableEntity>> DueRowsAsync(DateTimeOffset at) => App.DueRowsAsync(AnswerScheduleRows.Kind, at);
}
