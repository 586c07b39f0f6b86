using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Monthly;

/// <summary>Control limits (docs/procedure.md §14.8): a month above its limit is marked and opens one improvement action for quality.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ControlLimitsTests : AppTest
{
    [Fact]
    public async Task BuildAsync_MonthAboveTheComplaintRateLimit_MarksItAndOpensOneImprovementAction()
    {
        await ReportSamples.AddPeopleAsync(App);
        await ReportFlow.RegisterAsync(App);
        await ReportFlow.RegisterAsync(App, "li@example.com");
        await App.Get<SettingsStore>().SaveAsync(
            ReportSettings.Default with { Volumes = [new MonthlyVolume("2026-03", 1000, 800)], ComplaintRateLimit = 1.5m, ReturnRateLimit = 5m },
            0,
            Actor.System("test"));
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 1, 0, 0, TimeSpan.Zero));
        var summaries = App.Get<MonthlySummaryService>();

        var march = await summaries.BuildAsync(new ReportMonth(2026, 3), record: true, CancellationToken.None);
        var again = await summaries.BuildAsync(new ReportMonth(2026, 3), record: true, CancellationToken.None);

        var complaintRate = march.Limits.Single(l => l.Topic == ControlLimitCheck.ComplaintRate);
        Assert.Equal<(decimal?, decimal?, bool)>((2m, 1.5m, true), (complaintRate.Measured, complaintRate.Limit, complaintRate.Exceeded));
        Assert.False(march.Limits.Single(l => l.Topic == ControlLimitCheck.ReturnRate).Exceeded);
        var number = Assert.Single(march.LimitActions).Value;
        Assert.Equal(number, again.LimitActions[ControlLimitCheck.ComplaintRate]);
        var opened = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.Equal((CaseKind.Improvement, "quality"), (opened.Kind, opened.Assignment.Department));
        Assert.Equal(new ImprovementOrigin(ImprovementOrigin.ControlLimit, "2026-03", ControlLimitCheck.ComplaintRate, 2m, 1.5m), opened.Improvement);
        Assert.Equal(2, march.Figures.Complaints.Received);
    }

    [Fact]
    public async Task BuildAsync_MonthNotOverOrNoLimitSet_OpensNothing()
    {
        await ReportSamples.AddPeopleAsync(App);
        await ReportFlow.RegisterAsync(App);
        await App.Get<SettingsStore>().SaveAsync(ReportSettings.Default with { Volumes = [new MonthlyVolume("2026-03", 100, null)], ComplaintRateLimit = 1m }, 0, Actor.System("test"));
        App.Clock.Advance(TimeSpan.FromHours(1));

        var running = await App.Get<MonthlySummaryService>().BuildAsync(new ReportMonth(2026, 3), record: true, CancellationToken.None);

        Assert.True(running.Limits.Single(l => l.Topic == ControlLimitCheck.ComplaintRate).Exceeded);
        Assert.Empty(running.LimitActions);
        Assert.Null(running.Limits.Single(l => l.Topic == ControlLimitCheck.ReturnRate).Limit);
    }
}
