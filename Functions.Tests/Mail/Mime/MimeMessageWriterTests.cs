using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Mime;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Mail.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Mail.Mime;

public sealed class MimeMessageWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 15, TimeSpan.Zero);

    private static byte[] Write(OutgoingMail mail, MailAddressee? from = null) =>
        new MimeMessageWriter(new FakeTimeProvider(Now), new SequentialBoundaries()).Write(mail, from ?? mail.From ?? SampleMail.Sender);

    [Fact]
    public void Write_ChineseMailWithAttachments_IsWellFormedSevenBitMime()
    {
        var message = Write(SampleMail.Chinese());

        MimeStructure.AssertWellFormed(message);
        Assert.Equal(
            ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "Subject", "Content-Language", "MIME-Version", "Content-Type"],
            MimeStructure.TopLevelHeaderNames(message));
    }

    [Fact]
    public void Write_Headers_DateFromClockAndMessageIdFromMailIdAndFromDomain()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Chinese()));

        Assert.Contains("\r\nDate: Mon, 02 Mar 2026 09:30:15 +0000\r\n", "\r\n" + text, StringComparison.Ordinal);
        Assert.Contains("\r\nMessage-ID: <receipt-FB-2026-0001@example.com>\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nMIME-Version: 1.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Language: zh-Hans\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChineseSubject_EncodedWordsAtMost75CharactersEachDecodingAlone()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Chinese()));
        var subject = HeaderBlock(text, "Subject");

        var words = subject.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.True(words.Count > 1, "A long Chinese subject needs several encoded words.");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var decoded = new StringBuilder();
        foreach (var word in words)
        {
            Assert.True(word.Length <= 75, word);
            Assert.StartsWith("=?UTF-8?B?", word, StringComparison.Ordinal);
            Assert.EndsWith("?=", word, StringComparison.Ordinal);
            decoded.Append(strict.GetString(Convert.FromBase64String(word[10..^2])));
        }

        Assert.Equal(SampleMail.ChineseSubject, decoded.ToString());
        Assert.All(subject.Split("\r\n"), line => Assert.True(line.Length <= 76, line));
    }

    [Fact]
    public void Write_DisplayNames_QuotedWhenAsciiNeedsItEncodedWhenChinese()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Chinese()));

        Assert.Contains("Cc: \"Quality, Department \\\"QA\\\"\" <quality@example.com>", text, StringComparison.Ordinal);
        Assert.Contains("Reply-To: Customer Service <service@example.com>", text, StringComparison.Ordinal);
        Assert.Contains($"To: =?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(SampleMail.ChineseName))}?=", text, StringComparison.Ordinal);
        Assert.Contains("<zhang.xiaoming@example.cn>,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ChineseFileName_Rfc2231AndEncodedWordFallback()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Chinese()));
        var percent = string.Concat(Encoding.UTF8.GetBytes(SampleMail.ChineseFileName).Select(b => b < 0x80 && (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-') ? ((char)b).ToString() : $"%{b:X2}"));

        var disposition = HeaderBlock(text, "Content-Disposition");
        var unfolded = disposition.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var sections = System.Text.RegularExpressions.Regex.Matches(unfolded, @"filename\*(\d+)?\*?=([^;]+)")
            .Select(m => m.Groups[2].Value.Trim())
            .ToList();
        Assert.Equal("UTF-8''" + percent, string.Concat(sections));
        Assert.Contains("filename=\"=?UTF-8?B?", disposition, StringComparison.Ordinal);
        Assert.Contains("name=\"=?UTF-8?B?", HeaderBlock(text, "Content-Type", occurrence: 5), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Multipart_StructureReadableByAspNetCoreMultipartReader()
    {
        var message = Write(SampleMail.Chinese());
        var text = Encoding.ASCII.GetString(message);
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(Unfold(HeaderBlock(text, "Content-Type"))["Content-Type: ".Length..]).Boundary).Value!;

        var sections = ReadSections(message.AsMemory(bodyStart), boundary);

        Assert.Equal(3, sections.Count);
        Assert.StartsWith("multipart/alternative", sections[0].ContentType, StringComparison.Ordinal);
        Assert.StartsWith("application/pdf", sections[1].ContentType, StringComparison.Ordinal);
        Assert.Equal(SampleMail.PdfBytes, Convert.FromBase64String(Encoding.ASCII.GetString(sections[1].Body)));
        Assert.Equal(SampleMail.CsvBytes, Convert.FromBase64String(Encoding.ASCII.GetString(sections[2].Body)));

        var inner = ReadSections(sections[0].Body, MediaTypeHeaderValue.Parse(sections[0].ContentType).Boundary.ToString().Trim('"'));
        Assert.Equal(["text/plain; charset=utf-8", "text/html; charset=utf-8"], inner.Select(s => s.ContentType));
        Assert.Equal(
            "尊敬的张小明：\r\n\r\n我们已收到您的投诉，编号 FB-2026-0001。\r\n我们将在 3 个工作日内答复。\r\n",
            Encoding.UTF8.GetString(Convert.FromBase64String(Encoding.ASCII.GetString(inner[0].Body))));
    }

    [Fact]
    public void Write_SameMailTwice_SameBytes()
    {
        Assert.Equal(Write(SampleMail.Chinese()), Write(SampleMail.Chinese()));
    }

    [Fact]
    public void Write_PlainMail_SinglePartTextWithoutMultipart()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Plain(), new MailAddressee("feedback@example.com")));

        Assert.DoesNotContain("multipart", text, StringComparison.Ordinal);
        Assert.Contains("From: feedback@example.com\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Subject: Your feedback was received\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello\r\nBcc: evil@example.com")]
    [InlineData("Hello\nBcc: evil@example.com")]
    [InlineData("Hello\rBcc: evil@example.com")]
    [InlineData("Hello\r\n\r\nBody injected")]
    public void Write_LineBreaksInSubjectAndDisplayNames_NoExtraHeaderEvenWithoutValidation(string hostile)
    {
        // The writer is called directly, skipping the validator that would refuse these values.
        var mail = SampleMail.Chinese() with
        {
            Subject = hostile,
            To = [new("zhang.xiaoming@example.cn", hostile)],
            Attachments = [new(hostile + ".pdf", "application/pdf", new byte[] { 1, 2, 3 })],
        };

        var message = Write(mail, new MailAddressee("feedback@example.com", hostile));

        MimeStructure.AssertWellFormed(message);
        Assert.DoesNotContain("Bcc", MimeStructure.AllHeaderNames(message), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Body injected", Encoding.ASCII.GetString(message), StringComparison.Ordinal);
        var decoded = StoredMailDecoder.Decode(message);
        Assert.Equal(hostile, decoded.Subject);
        Assert.Equal(hostile, decoded.From.Single().DisplayName);
        Assert.Equal(hostile, decoded.To.Single().DisplayName);
        Assert.Equal(hostile + ".pdf", decoded.Attachments.Single().FileName);
    }

    [Theory]
    [InlineData("evil@example.com\r\nBcc: x@example.com")]
    [InlineData("application/pdf\r\nBcc: x@example.com")]
    public void Write_LineBreakInAddressOrContentType_Throws(string hostile)
    {
        var mail = hostile.Contains('@', StringComparison.Ordinal)
            ? SampleMail.Plain() with { To = [new(hostile)] }
            : SampleMail.Plain() with { Attachments = [new("a.pdf", hostile, new byte[] { 1 })] };

        Assert.Throws<ArgumentException>(() => Write(mail, new MailAddressee("feedback@example.com")));
    }

    [Fact]
    public void Write_LongAsciiSubject_FoldedAtSpacesAndUnfoldsExactly()
    {
        var subject = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));
        var message = Write(SampleMail.Plain() with { Subject = subject }, new MailAddressee("feedback@example.com"));

        MimeStructure.AssertWellFormed(message);
        Assert.Contains("\r\n word", HeaderBlock(Encoding.ASCII.GetString(message), "Subject"), StringComparison.Ordinal);
        Assert.Equal(subject, StoredMailDecoder.Decode(message).Subject);
    }

    private static string Unfold(string header) => header.Replace("\r\n ", " ", StringComparison.Ordinal);

    /// <summary>The header field with that name, continuation lines included (the n-th occurrence in the whole message).</summary>
    private static string HeaderBlock(string message, string name, int occurrence = 1)
    {
        var start = -2;
        for (var i = 0; i < occurrence; i++)
        {
            start = message.IndexOf("\r\n" + name + ":", start + 2, StringComparison.Ordinal);
        }

        start += 2;
        var end = start;
        do
        {
            end = message.IndexOf("\r\n", end + 1, StringComparison.Ordinal);
        }
        while (message[end + 2] == ' ');

        return message[start..end];
    }

    private static List<(string ContentType, byte[] Body)> ReadSections(ReadOnlyMemory<byte> body, string boundary)
    {
        // MultipartReader speaks HTTP, which forbids folded header lines: unfold first (base64 lines never start with a space).
        var unfolded = Encoding.ASCII.GetBytes(Unfold(Encoding.ASCII.GetString(body.Span)));
        var reader = new MultipartReader(boundary, new MemoryStream(unfolded));
        var sections = new List<(string, byte[])>();
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            sections.Add((section.ContentType!, content.ToArray()));
        }

        return sections;
    }
}
