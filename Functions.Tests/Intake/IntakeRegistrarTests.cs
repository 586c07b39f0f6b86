using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The one registration routine behind the form, the API and the queue.</summary>
public sealed class IntakeRegistrarTests : AppTest
{
    [Fact]
    public async Task Register_FiftyAtOnce_GetFiftyDistinctConsecutiveNumbers()
    {
        var registrar = App.Get<IntakeRegistrar>();

        var registrations = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() =>
            registrar.RegisterAsync(Submission($"customer{i}@example.com", submissionId: $"load-{i}"), CancellationToken.None))));

        var numbers = registrations.Select(r => r.Stored.Case.Number).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"FB-202603-{i:D4}"), numbers);
        Assert.All(registrations, r => Assert.True(r.Created));
    }

    [Fact]
    public async Task Register_SameSubmissionConcurrently_CreatesOneCase()
    {
        var registrar = App.Get<IntakeRegistrar>();

        var registrations = await Task.WhenAll(Enumerable.Range(1, 8).Select(_ => Task.Run(() =>
            registrar.RegisterAsync(Submission("double.click@example.com", submissionId: "form-doubleclick"), CancellationToken.None))));

        Assert.Single(registrations.Select(r => r.Stored.Case.Number).Distinct());
        Assert.Single(registrations, r => r.Created);
    }

    [Fact]
    public async Task Register_JustAfterMidnightInShanghai_NumbersInTheCompanyMonth()
    {
        // 31 March 16:30 UTC is 1 April 00:30 in Asia/Shanghai, the company's time zone.
        var registration = await App.Get<IntakeRegistrar>().RegisterAsync(
            Submission("night.owl@example.com") with { ReceivedAt = new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero) },
            CancellationToken.None);

        Assert.Equal("FB-202604-0001", registration.Stored.Case.Number);
    }

    [Fact]
    public async Task Register_WithPhoto_StoresItInBlobStorageWithItsType()
    {
        var submission = Submission("photo@example.com") with { Attachments = [new ValidAttachment("裂纹.jpg", "image/jpeg", IntakeSamples.Jpeg)] };

        var created = (await App.Get<IntakeRegistrar>().RegisterAsync(submission, CancellationToken.None)).Stored.Case;

        var attachment = Assert.Single(created.Attachments);
        var blob = await App.Get<IBlobServiceClient>()
            .GetBlobContainerClient(App.Get<StorageNames>().Container(IntakeRegistrar.AttachmentContainer))
            .DownloadAsync(attachment.BlobName);
        Assert.Equal("image/jpeg", blob!.ContentType);
        Assert.Equal(IntakeSamples.Jpeg, blob.Content.ToArray());
        Assert.Equal("裂纹.jpg", attachment.FileName);
    }

    [Fact]
    public async Task Register_NewCase_RecordsTheFirstEventWithReceiptAndNewCaseNotice()
    {
        var created = (await App.Get<IntakeRegistrar>().RegisterAsync(Submission("first@example.com"), CancellationToken.None)).Stored.Case;

        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(created.Number, CancellationToken.None))!.History;

        var first = Assert.Single(history);
        Assert.Equal("register", first.Action);
        Assert.Equal("customer", first.ActorKind);
        Assert.Contains(first.Changes, c => c.Path == "subject.description");
        Assert.Equal(["receipt", "new-case"], first.Effects.OfType<Serverless.Feedback.Cases.Workflow.MailEffect>().Select(e => e.Template));
        Assert.Equal(CaseStage.Received, created.Stage);
        Assert.Equal("service", created.Assignment.Department);
        Assert.NotNull(created.Sla.Find(DeadlineKind.FirstResponse));
    }

    internal static ValidSubmission Submission(string email, string? submissionId = null) => new(
        submissionId,
        CaseKind.Complaint,
        Channel.Web,
        "Test Customer",
        null,
        email,
        null,
        "en",
        new CaseSubject { Description = "The sealant cracked.", Product = "Sealant S-12" },
        [],
        null,
        null);
}
