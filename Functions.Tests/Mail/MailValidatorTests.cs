using Serverless.Feedback.Mail;
using Serverless.Feedback.Tests.Mail.Support;

namespace Serverless.Feedback.Tests.Mail;

public sealed class MailValidatorTests
{
    private static readonly MailAddressee DefaultFrom = new("feedback@example.com", "Feedback");

    [Fact]
    public void Validate_GoodMail_ReturnsItsOwnFromOrTheDefault()
    {
        Assert.Equal(SampleMail.Sender, MailValidator.Validate(SampleMail.Chinese(), DefaultFrom));
        Assert.Equal(DefaultFrom, MailValidator.Validate(SampleMail.Plain(), DefaultFrom));
    }

    [Theory]
    [InlineData("name@example.com", true)]
    [InlineData("first.last+tag@sub.example.co.uk", true)]
    [InlineData("feedback@localhost", true)]
    [InlineData("Name <name@example.com>", false)]
    [InlineData("\"quoted\"@example.com", false)]
    [InlineData("name@example.com\r\nBcc: evil@example.com", false)]
    [InlineData("name@example.com\n", false)]
    [InlineData("name@@example.com", false)]
    [InlineData("name@example..com", false)]
    [InlineData(".name@example.com", false)]
    [InlineData("name@-example.com", false)]
    [InlineData("name@[127.0.0.1]", false)]
    [InlineData("名字@example.com", false)]
    [InlineData("name@例子.中国", false)]
    [InlineData("name example@example.com", false)]
    [InlineData("name@example.com (comment)", false)]
    [InlineData("", false)]
    public void IsValidAddress_StrictPlainAsciiAddressesOnly(string address, bool valid)
    {
        Assert.Equal(valid, MailValidator.IsValidAddress(address));
    }

    [Theory]
    [InlineData("Subject")]
    [InlineData("DisplayName")]
    [InlineData("FileName")]
    public void Validate_LineBreakInHeaderText_RefusedNamingTheField(string field)
    {
        const string Hostile = "Hello\r\nBcc: evil@example.com";
        var mail = field switch
        {
            "Subject" => SampleMail.Plain() with { Subject = Hostile },
            "DisplayName" => SampleMail.Plain() with { Cc = [new("cc@example.com", Hostile)] },
            _ => SampleMail.Plain() with { Attachments = [new(Hostile, "application/pdf", new byte[] { 1 })] },
        };

        var error = Assert.Throws<InvalidMailException>(() => MailValidator.Validate(mail, DefaultFrom));

        var problem = Assert.Single(error.Problems);
        Assert.Contains("line break", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EverythingWrong_ListsEveryProblem()
    {
        var mail = new OutgoingMail
        {
            MailId = "../escape",
            To = [],
            Cc = [new("not an address")],
            Subject = " ",
            TextBody = null!,
            Language = "zh_CN",
            Attachments = [new("dir/file.pdf", "application/pdf; name=x", new byte[] { 1 })],
        };

        var error = Assert.Throws<InvalidMailException>(() => MailValidator.Validate(mail, new MailAddressee("bad")));

        Assert.Equal(9, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith("MailId", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("From address", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("To needs", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("Cc[0] address", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("Subject is required", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("TextBody", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("Language", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'/'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("content type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("receipt-FB-2026-0001", true)]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", true)]
    [InlineData("a.b_c", true)]
    [InlineData("-leading-dash", false)]
    [InlineData("has space", false)]
    [InlineData("has/slash", false)]
    [InlineData("line\n", false)]
    public void Validate_MailId_SafeForFileNamesAndMessageIds(string mailId, bool valid)
    {
        var mail = SampleMail.Plain(mailId);

        var problems = Record.Exception(() => MailValidator.Validate(mail, DefaultFrom));

        Assert.Equal(valid, problems is null);
    }
}
