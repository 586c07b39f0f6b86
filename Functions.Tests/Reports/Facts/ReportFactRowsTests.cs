using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Facts;

/// <summary>The ReportFacts rows kept with each case, and reading a span of months back from Azurite.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReportFactRowsTests : AppTest
{
    [Fact]
    public void For_ClosedComplaintWithAnOpenPreventiveAction_FiledUnderItsActivityMonthsAndOpenActions()
    {
        var closed = ReportSamples.ClosedComplaint() with { Satisfaction = new Satisfaction(4, null, new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(8))) };

        var rows = new ReportFactRows().For(closed).ToList();

        Assert.Equal(["m|202603", "m|202604", ReportFactRows.ActionPartition], rows.Select(r => r.Entity.PartitionKey));
        Assert.All(rows, r => Assert.Equal((ReportFactRows.TableName, closed.Number), (r.Table, r.Entity.RowKey)));
        var april = rows[1].Entity;
        Assert.Equal(closed.Satisfaction.At, april.GetDateTimeOffset("FirstAt"));
        var facts = ReportFactRows.Read(april);
        Assert.Equal(JsonSerializer.Serialize(CaseFacts.From(closed), CaseJson.Options), JsonSerializer.Serialize(facts, CaseJson.Options));
        Assert.Equal(["C1", "P1"], facts.Actions.Select(a => a.Id));
        Assert.True(facts.Actions.Single(a => a.Id == "P1").IsOpen);
    }

    [Fact]
    public void For_NewCase_IsOpenAndFiledUnderTheUtcMonthOfReceipt()
    {
        // 1 April 00:30 in Shanghai is still March in UTC; the reader takes the edge of that month.
        var c = ReportSamples.Complaint() with { ReceivedAt = new DateTimeOffset(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(8)) };

        var rows = new ReportFactRows().For(c).ToList();

        Assert.Equal(["m|202603", ReportFactRows.OpenPartition], rows.Select(r => r.Entity.PartitionKey));
    }

    [Fact]
    public async Task Load_AfterCasesChangedThroughTheApp_ReadsActivitySinceTheStartOpenCasesAndNotOlderOnes()
    {
        await ReportSamples.AddPeopleAsync(App);
        var open = (await ReportFlow.RegisterAsync(App)).Number;
        var closed = (await ReportFlow.RegisterAsync(App, "second@example.com")).Number;
        await ReportFlow.WalkAsync(App, closed);
        var later = App.Clock.GetUtcNow().AddHours(1);
        App.Clock.SetUtcNow(later.AddDays(2));

        var reader = App.Get<ReportFactsReader>();
        var all = await reader.LoadAsync(FeedbackApp.DefaultStart.AddHours(-1), App.Clock.GetUtcNow(), CancellationToken.None);
        var sinceLater = await reader.LoadAsync(later, App.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal([open, closed], all.Select(f => f.Number).Order(StringComparer.Ordinal));
        Assert.Equal(CaseStage.Closed, all.Single(f => f.Number == closed).Stage);
        Assert.Equal(4, all.Single(f => f.Number == closed).Score);

        // The closed case's last activity (its rating) was before 'later'; its open preventive action keeps it in view.
        Assert.Equal([open, closed], sinceLater.Select(f => f.Number).Order(StringComparer.Ordinal));
        Assert.True(sinceLater.Single(f => f.Number == closed).HasOpenAction);
    }
}
