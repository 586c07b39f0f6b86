using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The one registration routine behind the form, the API and the queue.</summary>
[Trait(TestKind.Name, TestKind.App)]
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

    [Fact]
    public async Task Register_SubmissionIdOfAnotherCustomerWithAFile_RefusesBeforeTouchingTheirFile()
    {
        var registrar = App.Get<IntakeRegistrar>();
        var mine = Submission("owner@example.com", "shared-id-0001") with { Attachments = [new ValidAttachment("mine.jpg", "image/jpeg", IntakeSamples.Jpeg)] };
        var first = (await registrar.RegisterAsync(mine, CancellationToken.None)).Stored.Case;
        var theirs = Submission("stranger@example.com", "shared-id-0001") with { Attachments = [new ValidAttachment("theirs.png", "image/jpeg", [.. IntakeSamples.Jpeg, 1, 2, 3])] };

        await Assert.ThrowsAsync<SubmissionIdTakenException>(() => registrar.RegisterAsync(theirs, CancellationToken.None));

        var blob = await Attachments().DownloadAsync(Assert.Single(first.Attachments).BlobName);
        Assert.Equal(IntakeSamples.Jpeg, blob!.Content.ToArray());
        var names = await Attachments().ListAsync(null).Select(b => b.Name).ToListAsync();
        Assert.Equal([first.Attachments[0].BlobName], names);
    }

    [Fact]
    public async Task Register_WithFile_BlobNameRevealsNothingOfTheSubmission()
    {
        var registrar = App.Get<IntakeRegistrar>();
        var photo = new ValidAttachment("a.jpg", "image/jpeg", IntakeSamples.Jpeg);

        var one = (await registrar.RegisterAsync(Submission("one@example.com", "guessable-0001") with { Attachments = [photo] }, CancellationToken.None)).Stored.Case;
        var two = (await registrar.RegisterAsync(Submission("two@example.com", "guessable-0002") with { Attachments = [photo] }, CancellationToken.None)).Stored.Case;

        var names = new[] { one.Attachments[0].BlobName, two.Attachments[0].BlobName };
        Assert.All(names, n => Assert.DoesNotContain("guessable", n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.Matches("^202603/[0-9a-f]{32}/A1\\.jpg$", n));
        Assert.NotEqual(names[0].Split('/')[1], names[1].Split('/')[1]);
    }

    [Fact]
    public async Task Register_SameSubmissionMonthsLater_GivesBackTheFirstCase()
    {
        var registrar = App.Get<IntakeRegistrar>();
        var first = (await registrar.RegisterAsync(Submission("patient@example.com", "replayed-0001"), CancellationToken.None)).Stored.Case;
        App.Clock.Advance(TimeSpan.FromDays(200));

        var again = await registrar.RegisterAsync(Submission("patient@example.com", "replayed-0001"), CancellationToken.None);
        await Assert.ThrowsAsync<SubmissionIdTakenException>(() => registrar.RegisterAsync(Submission("late.stranger@example.com", "replayed-0001"), CancellationToken.None));

        Assert.False(again.Created);
        Assert.Equal(first.Number, again.Stored.Case.Number);
        await App.SettleAsync();
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Single(cases);
    }

    private IBlobContainerClient Attachments() =>
        App.Get<IBlobServiceClient>().GetBlobContainerClient(App.Get<StorageNames>().Container(IntakeRegistrar.AttachmentContainer));

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
