using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Verification;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.Deadlines.Verification;

/// <summary>An effectiveness verification due Friday 20 March: qe verifies, the quality head hears when it is late.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class VerificationFollowUpTests : AppTest
{
    private static readonly DateOnly Due = new(2026, 3, 20);

    [Fact]
    public async Task FollowUp_VerificationNotRecorded_RemindsTheVerifierThenTellsTheDepartmentHeadOnce()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        await App.StartVerificationAsync(number, Due);

        // Three days before the due date (the default), in the verifier's language.
        await FollowUpAtAsync(At(3, 16, 9, 0));
        Assert.Empty(await App.MailsAsync("verification-reminder"));
        await FollowUpAtAsync(At(3, 17, 9, 0));
        await FollowUpAtAsync(At(3, 18, 9, 0));
        var reminder = Assert.Single(await App.MailsAsync("verification-reminder"));
        Assert.Equal("qe@example.com", reminder.Recipient());
        Assert.Contains("is due 20 Mar 2026, 17:30", reminder.Text, StringComparison.Ordinal);

        // Late once the due date's working hours are over.
        await FollowUpAtAsync(At(3, 20, 17, 0));
        Assert.Empty(await App.MailsAsync("verification-overdue"));
        await FollowUpAtAsync(At(3, 23, 9, 0));
        await FollowUpAtAsync(At(3, 24, 9, 0));
        var late = await App.MailsAsync("verification-overdue");
        Assert.Equal(["qe@example.com", "qhead@example.com"], late.Select(m => m.Recipient()).Order());
        Assert.StartsWith("效果验证已逾期", late.Single(m => m.Recipient() == "qhead@example.com").Subject, StringComparison.Ordinal);

        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        Assert.Single(history, e => e.Action == "remindVerifier");
        Assert.Single(history, e => e.Action == "escalateVerification");
        Assert.Equal(CaseStage.VerifyingEffectiveness, (await App.CaseAsync(number)).Stage);
    }

    [Fact]
    public async Task FollowUp_ResultRecordedBeforeTheDueDate_SendsNothing()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        await App.StartVerificationAsync(number, Due);
        App.Clock.SetUtcNow(At(3, 16, 10, 0));
        await App.DoAsync(number, new RecordVerificationCommand(true, "No recurrence in 40 deliveries."), CaseSamples.QualityEngineer);

        await FollowUpAtAsync(At(3, 17, 9, 0));
        await FollowUpAtAsync(At(3, 23, 9, 0));

        Assert.Empty(await App.MailsAsync("verification-reminder"));
        Assert.Empty(await App.MailsAsync("verification-overdue"));
        Assert.Null((await App.CaseAsync(number)).Sla.Verification);
    }

    [Fact]
    public async Task StartVerification_ReminderDaysInTheSettings_RemindThatManyDaysBefore()
    {
        await App.AddPeopleAsync();
        await App.Get<SettingsStore>().SaveAsync(FollowUpSettings.Default with { VerificationReminderDaysBefore = 7 }, 0, Actor.System("test"));
        var number = await App.RegisterAsync();
        await App.StartVerificationAsync(number, Due);

        await FollowUpAtAsync(At(3, 13, 9, 0));

        Assert.Single(await App.MailsAsync("verification-reminder"));
        Assert.Equal(At(3, 13, 0, 0), (await App.CaseAsync(number)).Sla.Verification!.RemindAt);
    }

    private Task FollowUpAtAsync(DateTimeOffset at) => App.FireTimerAtAsync(VerificationFollowUpFunction.Name, at);
}
