using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Intake.Mailbox;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake.Mailbox;

/// <summary>The company mailbox as a channel, read over IMAP from a real mail server (smtp4dev) on loopback.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class MailboxIntakeTests(MailServerFixture server) : AppTest, IClassFixture<MailServerFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await server.Server.ClearAsync();
    }

    [Fact]
    public async Task Read_NewMailWithAPhoto_IsACaseFromTheSenderWithTheFileAndAReceiptInTheSameThread()
    {
        await server.Server.DeliverAsync(Mail("<first-1@customer.example>", "Cracked housings", "Two lines stopped: cracks after curing.", Png));

        var taken = await Reader().ReadAsync(CancellationToken.None);

        Assert.Equal(1, taken);
        var created = await SingleCaseAsync();
        Assert.Equal(Channel.Email, created.Channel);
        Assert.Equal("zhao.lei@customer.example", created.Customer.Email);
        Assert.Equal("Zhao Lei", created.Customer.Name);
        Assert.Equal("en", created.Customer.Language);
        Assert.Contains("Two lines stopped", created.Subject.Description, StringComparison.Ordinal);
        var file = Assert.Single(created.Attachments);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Png.Length, file.Length);

        var receipt = Assert.Single(await App.SendMailAsync(), m => m.To.Single().Address == "zhao.lei@customer.example");
        Assert.Equal($"Re: Cracked housings [{created.Number}]", receipt.Subject);
        Assert.Contains(created.Number, receipt.Text, StringComparison.Ordinal);
        var headers = StoredMessage(receipt.MessageId);
        Assert.Equal("first-1@customer.example", headers.InReplyTo);
        Assert.Equal(["first-1@customer.example"], headers.References);

        Assert.NotNull(await App.Get<CustomerStore>().FindByEmailAsync("zhao.lei@customer.example"));
        Assert.Equal([("first-1@customer.example", true)], (await server.Server.ListAsync()).Select(m => (m.MessageId, m.Read)));
    }

    [Fact]
    public async Task Read_ChineseMail_ReceiptIsInChinese()
    {
        await server.Server.DeliverAsync(Mail("<zh-1@customer.example>", "包装破损", "收到的货物有三箱包装破损。"));

        await Reader().ReadAsync(CancellationToken.None);

        var created = await SingleCaseAsync();
        Assert.Equal("zh-CN", created.Customer.Language);
        var receipt = Assert.Single(await App.SendMailAsync(), m => m.To.Single().Address == "zhao.lei@customer.example");
        Assert.Equal("zh-CN", receipt.Language);
        Assert.StartsWith("Re: 包装破损", receipt.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SameMailDeliveredTwiceAndReadByTwoRunsAtOnce_RegistersOneCase()
    {
        var mail = Mail("<twice-1@customer.example>", "Wrong colour", "The parts are blue, we ordered grey.");
        await server.Server.DeliverAsync(mail);
        await server.Server.DeliverAsync(mail);

        await Task.WhenAll(
            Reader().ReadAsync(CancellationToken.None),
            Reader().ReadAsync(CancellationToken.None));
        await Reader().ReadAsync(CancellationToken.None);

        await SingleCaseAsync();
        Assert.All(await server.Server.ListAsync(), m => Assert.True(m.Read));
    }

    [Fact]
    public async Task Read_MailWithAFileThatIsNotAPhotoOrPdf_StaysUnreadAndRegistersNothing()
    {
        await server.Server.DeliverAsync(Mail("<exe-1@customer.example>", "See attached", "Our report.", "MZ this is not a picture"u8.ToArray()));

        var taken = await Reader().ReadAsync(CancellationToken.None);

        Assert.Equal(0, taken);
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Empty(cases);
        Assert.Equal([("exe-1@customer.example", false)], (await server.Server.ListAsync()).Select(m => (m.MessageId, m.Read)));
    }

    [Fact]
    public async Task Read_CustomerAnswersTheReceipt_GoesOnTheCaseHistoryWithItsFile()
    {
        await App.AddStaffAsync("li.na", "service", "en");
        await server.Server.DeliverAsync(Mail("<first-2@customer.example>", "Cracked housings", "Two lines stopped."));
        await Reader().ReadAsync(CancellationToken.None);
        var created = await SingleCaseAsync();
        var receipt = Assert.Single(await App.SendMailAsync(), m => m.To.Single().Address == "zhao.lei@customer.example");
        var answer = Mail("<answer-2@customer.example>", receipt.Subject.StartsWith("Re:", StringComparison.Ordinal) ? "Re: " + receipt.Subject : receipt.Subject, "Here is the batch label.", Png);
        answer.InReplyTo = receipt.MessageId!.Trim('<', '>');
        answer.References.Add("first-2@customer.example");
        answer.References.Add(answer.InReplyTo);
        await server.Server.DeliverAsync(answer);

        Assert.Equal(1, await Reader().ReadAsync(CancellationToken.None));
        Assert.Equal(0, await Reader().ReadAsync(CancellationToken.None));

        var after = (await App.Get<CaseStore>().GetWithHistoryAsync(created.Number, CancellationToken.None))!;
        Assert.Equal(created.Number, (await SingleCaseAsync()).Number);
        var wrote = Assert.Single(after.History, e => e.Action == "customerWrote");
        Assert.Contains("Here is the batch label.", wrote.Comment, StringComparison.Ordinal);
        Assert.Equal("customer", wrote.ActorKind, ignoreCase: true);
        Assert.Equal("image/png", Assert.Single(after.Stored.Case.Attachments).ContentType);

        // Nobody owns the mailed case yet: the complaint desk hears that the customer wrote.
        var told = Assert.Single(await App.SendMailAsync(), m => m.MessageId?.Contains("-customer-wrote-", StringComparison.Ordinal) == true);
        Assert.Equal("li.na@example.com", told.To.Single().Address);
        Assert.Contains(created.Number, told.Subject, StringComparison.Ordinal);
        Assert.Contains("Here is the batch label.", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SomeoneElseNamesTheCaseNumber_GetsACaseOfTheirOwn()
    {
        await server.Server.DeliverAsync(Mail("<first-3@customer.example>", "Cracked housings", "Two lines stopped."));
        await Reader().ReadAsync(CancellationToken.None);
        var created = await SingleCaseAsync();
        var other = Mail("<other-3@elsewhere.example>", $"About {created.Number}", "I have the same problem.");
        other.From.Clear();
        other.From.Add(new MailboxAddress("Qian Yu", "qian.yu@elsewhere.example"));
        await server.Server.DeliverAsync(other);

        await Reader().ReadAsync(CancellationToken.None);

        await App.SettleAsync();
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Equal(2, cases.Count);
        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(created.Number, CancellationToken.None))!.History;
        Assert.DoesNotContain(history, e => e.Action == "customerWrote");
    }

    [Fact]
    public async Task Timer_MailboxDoesNotAnswer_EndsWithoutFailingAndTakesNothing()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?>(server.Server.Settings)
        {
            ["Mailbox:Port"] = Loopback.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        await app.FireTimerAsync(MailboxIntakeFunction.Name);

        Assert.Equal(0, await ActivatorUtilities.CreateInstance<MailboxIntakeFunction>(app.Services).ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Timer_NoMailboxConfigured_ReadsNothing()
    {
        await server.Server.DeliverAsync(Mail("<off-1@customer.example>", "Hello", "Anyone there?"));
        using var app = await FeedbackApp.StartAsync();

        await app.FireTimerAsync(MailboxIntakeFunction.Name);

        Assert.Equal([("off-1@customer.example", false)], (await server.Server.ListAsync()).Select(m => (m.MessageId, m.Read)));
    }

    private MailboxIntakeFunction Reader() => ActivatorUtilities.CreateInstance<MailboxIntakeFunction>(App.Services);

    private async Task<CaseRecord> SingleCaseAsync()
    {
        await App.SettleAsync();
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        return (await App.Get<CaseStore>().GetAsync(Assert.Single(cases).Number, CancellationToken.None))!.Case;
    }

    private MimeMessage StoredMessage(string? messageId)
    {
        var entry = App.Get<IOutboxReader>().List().Single(e => messageId is not null && messageId.Contains(e.MailId, StringComparison.Ordinal));
        return MimeMessage.Load(Path.Combine(App.OutboxDirectory, entry.FileName));
    }

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(settings: server.Server.Settings);

    internal static MimeMessage Mail(string messageId, string subject, string text, byte[]? file = null)
    {
        var body = new BodyBuilder { TextBody = text };
        if (file is not null)
        {
            body.Attachments.Add("photo.png", file, ContentType.Parse("application/octet-stream"));
        }

        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody(), MessageId = messageId.Trim('<', '>') };
        message.From.Add(new MailboxAddress("Zhao Lei", "zhao.lei@customer.example"));
        message.To.Add(new MailboxAddress("Feedback", "feedback@company.example"));
        return message;
    }
}

/// <summary>One mail server for a test class; each test empties its mailbox first.</summary>
public sealed class MailServerFixture : IAsyncLifetime
{
    internal MailServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await MailServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
