using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail;

public sealed class MimeMessageFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 15, TimeSpan.Zero);

    internal static byte[] Write(OutgoingMail mail, MailAddressee? from = null, TimeProvider? time = null)
    {
        using var message = new MimeMessageFactory(time ?? new FakeTimeProvider(Now)).Create(mail, from ?? mail.From ?? SampleMail.Sender);
        return MimeMessageFactory.ToBytesAsync(message, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public void Create_ChineseMailWithAttachments_IsWellFormedSevenBitMime()
    {
        var message = Write(SampleMail.Chinese());

        MimeStructure.AssertWellFormed(message);
        Assert.Equal(
            ["Cc", "Content-Language", "Content-Type", "Date", "From", "Message-Id", "MIME-Version", "Reply-To", "Subject", "To"],
            MimeStructure.TopLevelHeaderNames(message).Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Create_Headers_DateFromClockAndMessageIdFromMailIdAndFromDomain()
    {
        var message = Write(SampleMail.Chinese());

        Assert.Equal("Date: Mon, 02 Mar 2026 09:30:15 +0000", MimeStructure.Header(message, "Date"));
        Assert.Equal("Message-Id: <receipt-FB-2026-0001@example.com>", MimeStructure.Header(message, "Message-ID"));
        Assert.Equal("MIME-Version: 1.0", MimeStructure.Header(message, "MIME-Version"));
        Assert.Equal("Content-Language: zh-Hans", MimeStructure.Header(message, "Content-Language"));
        Assert.Equal("<receipt-FB-2026-0001@example.com>", MimeMessageFactory.MessageId(SampleMail.Chinese(), SampleMail.Sender));
    }

    [Fact]
    public void Create_ChineseSubject_EncodedWordsEachDecodingAloneAndTogetherTheSubject()
    {
        var subject = MimeStructure.Header(Write(SampleMail.Chinese()), "Subject");

        var words = subject["Subject:".Length..].Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Length > 1, "A long Chinese subject needs several encoded words.");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var decoded = new StringBuilder();
        foreach (var word in words)
        {
            var match = Regex.Match(word, @"^=\?utf-8\?b\?([A-Za-z0-9+/=]+)\?=$", RegexOptions.IgnoreCase);
            Assert.True(match.Success, word);
            decoded.Append(strict.GetString(Convert.FromBase64String(match.Groups[1].Value)));
        }

        Assert.Equal(SampleMail.ChineseSubject, decoded.ToString());
    }

    [Fact]
    public void Create_DisplayNames_QuotedWhenAsciiNeedsItEncodedWhenChinese()
    {
        var message = Write(SampleMail.Chinese());

        Assert.Equal("Cc: \"Quality, Department \\\"QA\\\"\" <quality@example.com>", MimeStructure.Header(message, "Cc"));
        Assert.Equal("Reply-To: Customer Service <service@example.com>", MimeStructure.Header(message, "Reply-To"));
        Assert.Equal(
            $"To: =?utf-8?b?{Convert.ToBase64String(Encoding.UTF8.GetBytes(SampleMail.ChineseName))}?= <zhang.xiaoming@example.cn>, li@example.cn",
            MimeStructure.Header(message, "To"),
            ignoreCase: true);
    }

    [Fact]
    public void Create_ChineseFileName_Rfc2231InDispositionAndEncodedWordInContentType()
    {
        var text = Encoding.ASCII.GetString(Write(SampleMail.Chinese()));
        var pdfPart = text[text.IndexOf("Content-Type: application/pdf", StringComparison.Ordinal)..];
        var partHeader = pdfPart[..pdfPart.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n\t", " ", StringComparison.Ordinal).Replace("\r\n ", " ", StringComparison.Ordinal);

        var sections = Regex.Matches(partHeader, @"filename\*(?:\d+)?\*?=([^;\r\n]+)").Select(m => m.Groups[1].Value.Trim()).ToList();
        var value = string.Concat(sections);
        Assert.StartsWith("utf-8''", value, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SampleMail.ChineseFileName, Uri.UnescapeDataString(value["utf-8''".Length..]));
        Assert.Contains("name=\"=?utf-8?b?", partHeader, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_EmojiInLongFileName_KeptWhole()
    {
        var fileName = string.Concat(Enumerable.Repeat("报告😀", 12)) + ".pdf";
        var mail = SampleMail.Plain() with { Attachments = [new(fileName, "application/pdf", SampleMail.PdfBytes)] };

        var message = Write(mail, new MailAddressee("feedback@example.com"));

        MimeStructure.AssertWellFormed(message);
        Assert.Equal(fileName, StoredMailDecoder.Decode(message).Attachments.Single().FileName);
    }

    [Fact]
    public void Create_Multipart_StructureReadableByAspNetCoreMultipartReader()
    {
        var message = Write(SampleMail.Chinese());
        var text = Encoding.ASCII.GetString(message);
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(Unfold(MimeStructure.Header(message, "Content-Type"))["Content-Type: ".Length..]).Boundary).Value!;

        var sections = ReadSections(message.AsMemory(bodyStart), boundary);

        Assert.Equal(3, sections.Count);
        Assert.StartsWith("multipart/alternative", sections[0].ContentType, StringComparison.Ordinal);
        Assert.StartsWith("application/pdf", sections[1].ContentType, StringComparison.Ordinal);
        Assert.All(sections.Skip(1), s => Assert.Equal("base64", s.TransferEncoding));
        Assert.Equal(SampleMail.PdfBytes, Convert.FromBase64String(Encoding.ASCII.GetString(sections[1].Body)));
        Assert.Equal(SampleMail.CsvBytes, Convert.FromBase64String(Encoding.ASCII.GetString(sections[2].Body)));

        var inner = ReadSections(sections[0].Body, MediaTypeHeaderValue.Parse(sections[0].ContentType).Boundary.ToString().Trim('"'));
        Assert.Equal(["text/plain; charset=utf-8", "text/html; charset=utf-8"], inner.Select(s => s.ContentType));
        Assert.Equal("base64", inner[0].TransferEncoding);
        Assert.Equal(
            "尊敬的张小明：\r\n\r\n我们已收到您的投诉，编号 FB-2026-0001。\r\n我们将在 3 个工作日内答复。\r\n",
            Encoding.UTF8.GetString(Convert.FromBase64String(Encoding.ASCII.GetString(inner[0].Body))));
    }

    [Fact]
    public void Create_SameMailTwice_SameBytesApartFromTheRandomBoundaries()
    {
        Assert.Equal(MimeStructure.WithoutBoundaries(Write(SampleMail.Chinese())), MimeStructure.WithoutBoundaries(Write(SampleMail.Chinese())));
    }

    [Fact]
    public void Create_PlainMail_SinglePartTextWithoutMultipart()
    {
        var message = Write(SampleMail.Plain(), new MailAddressee("feedback@example.com"));

        Assert.DoesNotContain("multipart", Encoding.ASCII.GetString(message), StringComparison.Ordinal);
        Assert.Equal("From: feedback@example.com", MimeStructure.Header(message, "From"));
        Assert.Equal("Subject: Your feedback was received", MimeStructure.Header(message, "Subject"));
        Assert.Equal("Content-Type: text/plain; charset=utf-8", MimeStructure.Header(message, "Content-Type"));
        // ASCII text goes as 7bit, where the part ends with a line break.
        Assert.Equal(SampleMail.Plain().TextBody + "\r\n", StoredMailDecoder.Decode(message).Text);
    }

    [Theory]
    [InlineData("Hello\r\nBcc: evil@example.com")]
    [InlineData("Hello\nBcc: evil@example.com")]
    [InlineData("Hello\rBcc: evil@example.com")]
    [InlineData("Hello\r\n\r\nBody injected")]
    public void Create_LineBreaksInSubjectAndDisplayNames_NoExtraHeaderEvenWithoutValidation(string hostile)
    {
        // The factory is called directly, skipping the validator that would refuse these values.
        var mail = SampleMail.Chinese() with
        {
            Subject = hostile,
            To = [new("zhang.xiaoming@example.cn", hostile)],
            Attachments = [new(hostile + ".pdf", "application/pdf", new byte[] { 1, 2, 3 })],
        };

        var message = Write(mail, new MailAddressee("feedback@example.com", hostile));

        MimeStructure.AssertWellFormed(message);
        Assert.DoesNotContain("Bcc", MimeStructure.AllHeaderNames(message), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(
            ["Cc", "Content-Language", "Content-Type", "Date", "From", "Message-Id", "MIME-Version", "Reply-To", "Subject", "To"],
            MimeStructure.TopLevelHeaderNames(message).Order(StringComparer.OrdinalIgnoreCase));
        var decoded = StoredMailDecoder.Decode(message);
        Assert.Equal(mail.TextBody.Replace("\n", "\r\n", StringComparison.Ordinal), decoded.Text);
        Assert.Equal(SingleLine(hostile), SingleLine(decoded.Subject));
        Assert.Equal(hostile, decoded.From.Single().DisplayName);
        Assert.Equal(hostile, decoded.To.Single().DisplayName);
        Assert.Equal(hostile + ".pdf", decoded.Attachments.Single().FileName);
    }

    [Theory]
    [InlineData("evil@example.com\r\nBcc: x@example.com")]
    [InlineData("Evil <evil@example.com>")]
    [InlineData("application/pdf\r\nBcc: x@example.com")]
    [InlineData("application/pdf; name=x.exe")]
    public void Create_AddressOrContentTypeCarryingSyntax_Throws(string hostile)
    {
        var mail = hostile.Contains('@', StringComparison.Ordinal)
            ? SampleMail.Plain() with { To = [new(hostile)] }
            : SampleMail.Plain() with { Attachments = [new("a.pdf", hostile, new byte[] { 1 })] };

        Assert.Throws<ArgumentException>(() => Write(mail, new MailAddressee("feedback@example.com")));
    }

    [Fact]
    public void Create_LongAsciiSubject_FoldedAtSpacesAndUnfoldsExactly()
    {
        var subject = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));
        var message = Write(SampleMail.Plain() with { Subject = subject }, new MailAddressee("feedback@example.com"));

        MimeStructure.AssertWellFormed(message);
        Assert.Contains("\r\n word", MimeStructure.Header(message, "Subject"), StringComparison.Ordinal);
        Assert.Equal(subject, StoredMailDecoder.Decode(message).Subject);
    }

    private static string SingleLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string Unfold(string header) =>
        header.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);

    private static List<(string ContentType, string? TransferEncoding, byte[] Body)> ReadSections(ReadOnlyMemory<byte> body, string boundary)
    {
        // MultipartReader speaks HTTP, which forbids folded header lines: unfold first (base64 lines never start with white space).
        var unfolded = Encoding.ASCII.GetBytes(Unfold(Encoding.ASCII.GetString(body.Span)));
        var reader = new MultipartReader(boundary, new MemoryStream(unfolded));
        var sections = new List<(string, string?, byte[])>();
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            sections.Add((section.ContentType!, section.Headers!.TryGetValue("Content-Transfer-Encoding", out var encoding) ? encoding.ToString() : null, content.ToArray()));
        }

        return sections;
    }
}
