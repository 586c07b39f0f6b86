using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.Support;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Tests.Cases.Storage;

/// <summary>The rows derived from a case after a change: only those the change altered are written again.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CaseStoreDerivedRowsTests : AppTest
{
    [Fact]
    public async Task Save_ChangeThatLeavesARowAsItWas_DoesNotWriteItAgain()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        var tracking = App.Get<ITableServiceClient>().GetTableClient(App.Get<StorageNames>().Table(TrackingRows.TableName));
        var (partition, row) = TrackingRows.KeyFor((await App.CaseAsync(number)).TrackingToken!);
        var before = await tracking.GetEntityAsync(partition, row);

        await App.DoAsync(number, new AddNoteCommand("Called the customer back."), CaseSamples.Clerk);

        var after = await tracking.GetEntityAsync(partition, row);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(number, after.GetString("CaseNumber"));
    }

    [Fact]
    public async Task Save_ChangeThatAltersNoReportedFact_LeavesTheFactRowsAndTheirStamp()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync();
        var facts = App.Get<ITableServiceClient>().GetTableClient(App.Get<StorageNames>().Table(ReportFactRows.TableName));
        var before = await facts.GetEntityAsync(ReportFactRows.OpenPartition, number);

        await App.DoAsync(number, new AddNoteCommand("Called the customer back."), CaseSamples.Clerk);
        var afterNote = await facts.GetEntityAsync(ReportFactRows.OpenPartition, number);
        await App.AssessAsync(number);
        var afterAssessment = await facts.GetEntityAsync(ReportFactRows.OpenPartition, number);

        Assert.Equal(before!.ETag, afterNote!.ETag);
        Assert.Equal(1, ReportFactRows.Read(afterNote).Version);
        var assessed = await App.CaseAsync(number);
        Assert.Equal(assessed.Version, ReportFactRows.Read(afterAssessment!).Version);
        Assert.Equal(assessed.Assessment!.Severity, ReportFactRows.Read(afterAssessment!).Severity);
    }
}
