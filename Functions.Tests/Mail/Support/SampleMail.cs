using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>Mails the tests send: one in Simplified Chinese with text, HTML and two attachments, one plain.</summary>
internal static class SampleMail
{
    public const string ChineseSubject = "您的投诉已受理：编号 FB-2026-0001（请保留此邮件以便查询处理进度）";
    public const string ChineseName = "张小明";
    public const string ChineseFileName = "投诉处理报告-2026年3月.pdf";

    public static readonly MailAddressee Sender = new("feedback@example.com", "客户服务部");

    public static byte[] PdfBytes { get; } = Bytes(5000, seed: 7);

    public static byte[] CsvBytes { get; } = "编号,状态\r\nFB-2026-0001,已受理\r\n"u8.ToArray();

    public static OutgoingMail Chinese(string mailId = "receipt-FB-2026-0001") => new()
    {
        MailId = mailId,
        From = Sender,
        To = [new("zhang.xiaoming@example.cn", ChineseName), new("li@example.cn")],
        Cc = [new("quality@example.com", "Quality, Department \"QA\"")],
        ReplyTo = new("service@example.com", "Customer Service"),
        Subject = ChineseSubject,
        TextBody = "尊敬的张小明：\n\n我们已收到您的投诉，编号 FB-2026-0001。\n我们将在 3 个工作日内答复。\n",
        HtmlBody = "<p>尊敬的张小明：</p>\r\n<p>我们已收到您的投诉，编号 <b>FB-2026-0001</b>。</p>",
        Attachments =
        [
            new(ChineseFileName, "application/pdf", PdfBytes),
            new("summary.csv", "text/csv", CsvBytes),
        ],
        Language = "zh-Hans",
    };

    public static OutgoingMail Plain(string mailId = "notice-1") => new()
    {
        MailId = mailId,
        To = [new("customer@example.com", "Pat Customer")],
        Subject = "Your feedback was received",
        TextBody = "Thank you.\r\nWe will reply within three working days.",
    };

    public static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
