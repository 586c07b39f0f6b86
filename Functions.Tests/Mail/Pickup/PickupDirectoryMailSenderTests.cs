using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Mail.Pickup;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail.Pickup;

public sealed class PickupDirectoryMailSenderTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, 123, TimeSpan.Zero));
    private readonly PickupDirectory _directory;
    private readonly PickupDirectoryMailSender _sender;

    public PickupDirectoryMailSenderTests()
    {
        _directory = new PickupDirectory(Path.Combine(_folder.Path, "outbox"));
        _sender = new PickupDirectoryMailSender(
            _directory,
            new MimeMessageFactory(_clock),
            MailSettings.Of(),
            _clock,
            NullLogger<PickupDirectoryMailSender>.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SendAsync_ChineseMail_WritesEmlThatDecodesExactly()
    {
        var mail = SampleMail.Chinese();

        var result = await _sender.SendAsync(mail, CancellationToken.None);

        Assert.Equal("20260302T080000123Z-receipt-FB-2026-0001.eml", result.ProviderMessageId);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_directory.Path, result.ProviderMessageId));
        MimeStructure.AssertWellFormed(bytes);
        var stored = StoredMailDecoder.Decode(bytes);
        Assert.Equal(SampleMail.ChineseSubject, stored.Subject);
        Assert.Equal([SampleMail.Sender], stored.From);
        Assert.Equal(mail.To, stored.To);
        Assert.Equal(mail.Cc, stored.Cc);
        Assert.Equal([mail.ReplyTo!], stored.ReplyTo);
        Assert.Equal(_clock.GetUtcNow().AddTicks(-TimeSpan.TicksPerMillisecond * 123), stored.Date);
        Assert.Equal("<receipt-FB-2026-0001@example.com>", stored.MessageId);
        Assert.Equal("zh-Hans", stored.Language);
        Assert.Equal(mail.TextBody.Replace("\n", "\r\n", StringComparison.Ordinal), stored.Text);
        Assert.Equal(mail.HtmlBody, stored.Html);
        Assert.Equal([SampleMail.ChineseFileName, "summary.csv"], stored.Attachments.Select(a => a.FileName));
        Assert.Equal(["application/pdf", "text/csv"], stored.Attachments.Select(a => a.ContentType));
        Assert.Equal(SampleMail.PdfBytes, stored.Attachments[0].Content.ToArray());
        Assert.Equal(SampleMail.CsvBytes, stored.Attachments[1].Content.ToArray());
    }

    [Fact]
    public async Task SendAsync_NoFromOnMail_UsesConfiguredFrom()
    {
        var result = await _sender.SendAsync(SampleMail.Plain(), CancellationToken.None);

        var stored = await _directory.ReadDecodedAsync(result.ProviderMessageId, CancellationToken.None);
        Assert.Equal([new MailAddressee("feedback@example.com", "Feedback Desk")], stored.From);
    }

    [Fact]
    public async Task SendAsync_SameMailIdAgain_ReplacesTheSameFileAndLeavesNoTemporaryFiles()
    {
        var first = await _sender.SendAsync(SampleMail.Plain("notice-7"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var second = await _sender.SendAsync(SampleMail.Plain("notice-7") with { Subject = "Second try" }, CancellationToken.None);

        Assert.Equal(first.ProviderMessageId, second.ProviderMessageId);
        Assert.Equal([first.ProviderMessageId], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
        Assert.Equal("Second try", (await _directory.ReadDecodedAsync(second.ProviderMessageId, CancellationToken.None)).Subject);
    }

    [Fact]
    public async Task SendAsync_MailIdThatEndsAnotherMailId_KeepsBothFiles()
    {
        await _sender.SendAsync(SampleMail.Plain("x-abc"), CancellationToken.None);
        await _sender.SendAsync(SampleMail.Plain("abc"), CancellationToken.None);

        Assert.Equal(["abc", "x-abc"], _directory.List().Select(e => e.MailId).Order());
    }

    [Theory]
    [InlineData("Subject")]
    [InlineData("DisplayName")]
    public async Task SendAsync_HeaderInjectionAttempt_RefusedAndNothingWritten(string field)
    {
        const string Hostile = "Receipt\r\nBcc: evil@example.com";
        var mail = field == "Subject"
            ? SampleMail.Chinese() with { Subject = Hostile }
            : SampleMail.Chinese() with { To = [new("zhang.xiaoming@example.cn", Hostile)] };

        await Assert.ThrowsAsync<InvalidMailException>(() => _sender.SendAsync(mail, CancellationToken.None));

        Assert.False(Directory.Exists(_directory.Path) && Directory.EnumerateFileSystemEntries(_directory.Path).Any());
    }
}
