using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Delivery;

/// <summary>Names in the reports container, and what the reports queue does with messages it cannot use.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReportArchiveTests : AppTest
{
    [Fact]
    public void Parse_NamesTheArchiveWrites_KnowTheirCaseOrMonth()
    {
        var caseName = ReportArchive.CaseReportName("FB-202603-0001", 17, CaseReportTrigger.Closed, "zh-CN");
        var monthName = ReportArchive.MonthlySummaryName(new ReportMonth(2026, 3), "en");

        Assert.Equal("cases/FB-202603-0001/FB-202603-0001-v17-closed.zh-CN.pdf", caseName);
        Assert.Equal("monthly/2026-03/summary-2026-03.en.pdf", monthName);
        Assert.Equal(new ArchivedReport(caseName, "FB-202603-0001", null), ReportArchive.Parse(caseName));
        Assert.Equal(new ArchivedReport(monthName, null, new ReportMonth(2026, 3)), ReportArchive.Parse(monthName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cases/FB-202603-0001")]
    [InlineData("cases/FB-202603-0001/FB-202603-0002-v1-closed.en.pdf")]
    [InlineData("cases/FB-202603-0001/FB-202603-0001-v1-closed.en.exe")]
    [InlineData("cases/FB-202603-0001/FB-202603-0001-v1..closed.en.pdf")]
    [InlineData("monthly/2026-03/summary-2026-04.en.pdf")]
    [InlineData("attachments/FB-202603-0001/A1.pdf")]
    [InlineData("cases/../monthly/x.pdf")]
    public void Parse_AnythingElse_IsNoReport(string? name) => Assert.Null(ReportArchive.Parse(name));

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"kind":"weekly"}""")]
    [InlineData("""{"kind":"monthly","month":"2026-13"}""")]
    [InlineData("""{"kind":"case","caseNumber":"FB-202603-0999","trigger":"closed","version":3}""")]
    public async Task Drain_RequestThatCanNeverWork_IsDroppedWithoutMailOrRetry(string message)
    {
        var queue = App.Get<IQueueServiceClient>().GetQueueClient(App.Get<StorageNames>().Queue(QueueSettingNames.Reports));
        await queue.SendMessageAsync(message);

        Assert.Equal(1, await App.DrainAsync(ReportQueueFunction.Name));

        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
        Assert.Empty(await App.SendMailAsync());
    }
}
