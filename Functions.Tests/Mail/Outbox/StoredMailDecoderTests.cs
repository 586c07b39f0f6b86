using System.Text;
using Serverless.Feedback.Mail.Outbox;

namespace Serverless.Feedback.Tests.Mail.Outbox;

/// <summary>The reader also copes with mail it did not write: quoted-printable, bare LF, Q-encoding, legacy charsets, RFC 2231 sections.</summary>
public sealed class StoredMailDecoderTests
{
    [Fact]
    public void Decode_ForeignMessageWithQuotedPrintableAndBareLineFeeds_ReadsEverything()
    {
        var eml = string.Join("\n",
            "From: =?gb2312?B?1cXQocP3?= <zhang@example.cn>",
            "To: \"Service, Desk\" <desk@example.com>, plain@example.com (comment)",
            "Subject: =?utf-8?Q?Caf=C3=A9_r=C3=A9ponse?= =?UTF-8?B?5Lit5paH?=",
            "\tcontinued",
            "Date: Tue, 3 Mar 2026 10:15:00 +0800 (CST)",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=outer",
            "",
            "preamble to ignore",
            "--outer",
            "Content-Type: text/plain; charset=\"utf-8\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Line one caf=C3=A9 and a soft=",
            " break.",
            "--outer",
            "Content-Type: application/octet-stream",
            "Content-Disposition: attachment; filename*0*=utf-8'zh'%E6%8A%A5; filename*1=\"-a b.bin\"",
            "Content-Transfer-Encoding: base64",
            "",
            "AAEC",
            "/w==",
            "--outer--",
            "epilogue");

        var mail = StoredMailDecoder.Decode(Encoding.ASCII.GetBytes(eml));

        Assert.Equal("Café réponse中文\tcontinued", mail.Subject);
        Assert.Equal("张小明", mail.From.Single().DisplayName);
        Assert.Equal(["desk@example.com", "plain@example.com"], mail.To.Select(a => a.Address));
        Assert.Equal("Service, Desk", mail.To[0].DisplayName);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 15, 0, TimeSpan.FromHours(8)), mail.Date);
        Assert.Equal("Line one café and a soft break.", mail.Text);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("报-a b.bin", attachment.FileName);
        Assert.Equal(new byte[] { 0, 1, 2, 0xFF }, attachment.Content.ToArray());
    }

    [Fact]
    public void Decode_AttachedMessage_ListedAsAFileWithItsBytes()
    {
        var eml = string.Join("\r\n",
            "Subject: Fwd",
            "Content-Type: multipart/mixed; boundary=b",
            "",
            "--b",
            "Content-Type: text/plain",
            "",
            "See below.",
            "--b",
            "Content-Type: message/rfc822",
            "Content-Disposition: attachment; filename=original.eml",
            "",
            "Subject: Original",
            "",
            "Hello.",
            "--b--",
            "");

        var mail = StoredMailDecoder.Decode(Encoding.ASCII.GetBytes(eml));

        Assert.Equal("See below.", mail.Text);
        var attached = Assert.Single(mail.Attachments);
        Assert.Equal(("original.eml", "message/rfc822"), (attached.FileName, attached.ContentType));
        Assert.Equal("Original", StoredMailDecoder.Decode(attached.Content).Subject);
    }

    [Fact]
    public void Decode_MissingClosingDelimiter_KeepsLastPart()
    {
        var eml = "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n";

        var mail = StoredMailDecoder.Decode(Encoding.ASCII.GetBytes(eml));

        Assert.Equal("<p>hi</p>\r\n", mail.Html);
        Assert.Equal(string.Empty, mail.Subject);
        Assert.Null(mail.Date);
    }
}
