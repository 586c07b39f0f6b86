using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Mail.Smtp;
using Serverless.Feedback.Tests.Mail.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Mail.Smtp;

/// <summary>
/// The SMTP sender against a real SMTP conversation on loopback: envelope, STARTTLS, login, refusals
/// and time-outs, and the DATA read back as a person would see it.
/// </summary>
[Trait(TestKind.Name, TestKind.Storage)]
public sealed class SmtpMailSenderTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private SmtpMailSender Sender(TestSmtpServer server, bool startTls = false, NetworkCredential? credential = null) =>
        new(
            MailSettings.Of(o =>
            {
                o.Sender = Serverless.Feedback.Mail.Configuration.MailSenderKind.Smtp;
                o.Smtp.Host = "localhost";
                o.Smtp.Port = server.Port;
                o.Smtp.UseStartTls = startTls;
                o.Smtp.UserName = credential?.UserName;
                o.Smtp.Password = credential?.Password;
                o.Smtp.TimeoutSeconds = 60;
            }),
            new MimeMessageFactory(_clock),
            _clock,
            NullLogger<SmtpMailSender>.Instance,
            (_, certificate, _, errors) => TestCertificate.IsTrusted(certificate, errors));

    [Fact]
    public async Task SendAsync_ChineseMail_ServerReceivesRecipientsSubjectBodiesAndAttachments()
    {
        await using var server = new TestSmtpServer().Start();
        var mail = SampleMail.Chinese();

        var result = await Sender(server).SendAsync(mail, CancellationToken.None).WaitAsync(Limit);

        Assert.Equal("<receipt-FB-2026-0001@example.com>", result.ProviderMessageId);
        var received = Assert.Single(server.Messages);
        Assert.Equal("feedback@example.com", received.MailFrom);
        Assert.Equal(["zhang.xiaoming@example.cn", "li@example.cn", "quality@example.com"], received.Recipients);
        Assert.False(received.WasEncrypted);
        var stored = StoredMailDecoder.Decode(received.Data);
        Assert.Equal(SampleMail.ChineseSubject, stored.Subject);
        Assert.Equal([SampleMail.Sender], stored.From);
        Assert.Equal(mail.To, stored.To);
        Assert.Equal(mail.Cc, stored.Cc);
        Assert.Equal([mail.ReplyTo!], stored.ReplyTo);
        Assert.Equal(_clock.GetUtcNow(), stored.Date);
        Assert.Equal(result.ProviderMessageId, stored.MessageId);
        Assert.Equal("zh-Hans", stored.Language);
        Assert.Equal(mail.TextBody, stored.Text?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(mail.HtmlBody, stored.Html);
        Assert.Equal([SampleMail.ChineseFileName, "summary.csv"], stored.Attachments.Select(a => a.FileName));
        Assert.Equal(SampleMail.PdfBytes, stored.Attachments[0].Content.ToArray());
        Assert.Equal(SampleMail.CsvBytes, stored.Attachments[1].Content.ToArray());
    }

    [Fact]
    public async Task SendAsync_StartTlsWithLogin_EncryptedAndAuthenticated()
    {
        var credential = new NetworkCredential("mailer", "s3cret-pa$$");
        await using var server = new TestSmtpServer { OfferStartTls = true, RequiredCredential = credential }.Start();

        await Sender(server, startTls: true, credential).SendAsync(SampleMail.Plain(), CancellationToken.None).WaitAsync(Limit);

        var received = Assert.Single(server.Messages);
        Assert.True(received.WasEncrypted);
        Assert.Equal("mailer", received.AuthenticatedUser);
        Assert.Equal(["customer@example.com"], received.Recipients);
        Assert.Equal("Your feedback was received", StoredMailDecoder.Decode(received.Data).Subject);
    }

    [Fact]
    public async Task SendAsync_StartTlsRequiredButNotOffered_ThrowsAndNothingSent()
    {
        await using var server = new TestSmtpServer().Start();

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server, startTls: true).SendAsync(SampleMail.Plain(), CancellationToken.None).WaitAsync(Limit));

        Assert.Contains("notice-1", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_ThrowsWithServerStatus()
    {
        await using var server = new TestSmtpServer { RequiredCredential = new NetworkCredential("mailer", "right") }.Start();

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server, credential: new NetworkCredential("mailer", "wrong")).SendAsync(SampleMail.Plain(), CancellationToken.None).WaitAsync(Limit));

        Assert.Empty(server.Messages);
        Assert.NotNull(error.InnerException);
        Assert.Equal("535", error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_RecipientRejected_ThrowsMailSendExceptionWithSmtpCode()
    {
        await using var server = new TestSmtpServer { RejectRecipient = "customer@example.com" }.Start();

        var error = await Assert.ThrowsAsync<MailSendException>(() => Sender(server).SendAsync(SampleMail.Plain(), CancellationToken.None).WaitAsync(Limit));

        Assert.Equal("550", error.ErrorCode);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_TimesOutOnTheInjectedClock()
    {
        await using var server = new TestSmtpServer { Silent = true }.Start();
        var sending = Sender(server).SendAsync(SampleMail.Plain(), CancellationToken.None);
        await server.Connected.WaitAsync(Limit);

        _clock.Advance(TimeSpan.FromSeconds(60));

        var error = await Assert.ThrowsAsync<MailSendException>(() => sending.WaitAsync(Limit));
        Assert.Equal("Timeout", error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_CanceledRatherThanFailed()
    {
        await using var server = new TestSmtpServer { Silent = true }.Start();
        using var cancellation = new CancellationTokenSource();
        var sending = Sender(server).SendAsync(SampleMail.Plain(), cancellation.Token);
        await server.Connected.WaitAsync(Limit);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(Limit));
    }

    [Fact]
    public async Task SendAsync_ChineseMail_DataIsTheMessageThePickupFolderStores()
    {
        await using var server = new TestSmtpServer().Start();

        await Sender(server).SendAsync(SampleMail.Chinese(), CancellationToken.None).WaitAsync(Limit);

        var stored = MimeMessageFactoryTests.Write(SampleMail.Chinese(), time: _clock);
        Assert.Equal(MimeStructure.WithoutBoundaries(stored), MimeStructure.WithoutBoundaries(Assert.Single(server.Messages).Data));
    }

    [Fact]
    public async Task SendAsync_HeaderInjectionAttempt_RefusedBeforeConnecting()
    {
        await using var server = new TestSmtpServer().Start();
        var mail = SampleMail.Plain() with { Subject = "Hi\r\nBcc: evil@example.com" };

        await Assert.ThrowsAsync<InvalidMailException>(() => Sender(server).SendAsync(mail, CancellationToken.None));

        Assert.False(server.Connected.IsCompleted);
    }
}
