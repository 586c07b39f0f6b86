using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Delivery;

/// <summary>The monthly summary goes out on the 1st at 08:00 company time, once per month whatever the timer does.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class MonthlySummaryDeliveryTests : AppTest
{
    private static readonly DateTimeOffset FirstOfApril = new(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Fire_FirstOfTheMonth_SendsLastMonthsSummaryOnceFromEightOClockCompanyTime()
    {
        await MarchAsync();

        App.Clock.SetUtcNow(FirstOfApril.AddMinutes(-5));
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        Assert.Equal(0, await ReportQueueLengthAsync());

        App.Clock.SetUtcNow(FirstOfApril);
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        Assert.Equal(1, await ReportQueueLengthAsync());

        await App.DrainAsync(ReportQueueFunction.Name);
        var mails = Summaries(await App.SendMailAsync());
        var english = Assert.Single(mails, m => m.Language == "en");
        Assert.Equal("Monthly management summary 2026-03", english.Subject);
        var pdf = Assert.Single(english.Attachments).Content.ToArray();
        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(
            PdfTools.Text(pdf),
            "Monthly management summary 2026-03", "Complaint 2 1 1", "Complaints in total Received 2 Closed 1 Open at month end 1",
            "Complaints by category", "Product quality 2 1 1", "Pareto chart of root causes found this month", "Customer satisfaction", "Ratings received 1",
            "Open corrective and preventive actions", "P1 Preventive", "Audit all dosing pumps", "Trend over the last 12 months", "2026-03 2 1 1");
        Assert.Equal("每月管理报告 2026-03", Assert.Single(mails, m => m.Language == "zh-CN").Subject);

        // Later ticks that month, a retried timer and a second instance all find the month already asked for.
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        await App.DrainAsync(ReportQueueFunction.Name);
        Assert.Equal(mails.Count, Summaries(await App.SendMailAsync()).Count);
        var trend = await App.Get<MonthlyStatsStore>().GetAsync(new ReportMonth(2026, 3), new ReportMonth(2026, 3), CancellationToken.None);
        Assert.Equal(new MonthTrendPoint("2026-03", 2, 1, 1, 1, 1, 1, 1, 4), trend[new ReportMonth(2026, 3)]);
    }

    [Fact]
    public async Task Produce_SameMonthRequestedTwice_MailsEachManagerOnce()
    {
        await MarchAsync();
        App.Clock.SetUtcNow(FirstOfApril);

        await App.Get<ReportRequester>().RequestMonthlySummaryAsync(new ReportMonth(2026, 3), CancellationToken.None);
        await App.Get<ReportRequester>().RequestMonthlySummaryAsync(new ReportMonth(2026, 3), CancellationToken.None);
        await App.DrainAsync(ReportQueueFunction.Name);

        Assert.Equal(2, Summaries(await App.SendMailAsync()).Count);
    }

    [Fact]
    public async Task Fire_SettingsNameAnotherDayAndTime_WaitsForThem()
    {
        await ReportSamples.AddPeopleAsync(App);
        var settings = App.Get<SettingsStore>();
        await settings.SaveAsync(ReportSettings.Default with { SummaryDay = 2, SummaryTime = "09:30" }, 0, Administrator, CancellationToken.None);

        App.Clock.SetUtcNow(FirstOfApril.AddDays(1).AddHours(1));
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        Assert.Equal(0, await ReportQueueLengthAsync());

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await App.FireTimerAsync(MonthlySummaryTimer.Name);
        Assert.Equal(1, await ReportQueueLengthAsync());
    }

    private static Actor Administrator => new(ActorKind.Staff, "admin", "Admin", "office", [StaffRole.Administrator]);

    /// <summary>March: one complaint closed and rated (its preventive action still open), one still open.</summary>
    private async Task MarchAsync()
    {
        await ReportSamples.AddPeopleAsync(App, language: "en");
        await App.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        await ReportFlow.WalkAsync(App, (await ReportFlow.RegisterAsync(App)).Number);
        await ReportFlow.WalkAsync(App, (await ReportFlow.RegisterAsync(App, "other@example.com")).Number, 1);
        await App.DrainAsync(ReportQueueFunction.Name);
        await App.SendMailAsync();
    }

    private static List<DecodedMail> Summaries(IReadOnlyList<DecodedMail> mails) =>
        [.. mails.Where(m => m.Subject.Contains("2026-03", StringComparison.Ordinal))];

    private async Task<int> ReportQueueLengthAsync() =>
        await App.Get<IQueueServiceClient>().GetQueueClient(App.Get<StorageNames>().Queue(QueueSettingNames.Reports)).GetApproximateMessageCountAsync();
}
