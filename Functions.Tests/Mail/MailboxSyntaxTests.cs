using Serverless.Feedback.Mail;

namespace Serverless.Feedback.Tests.Mail;

public sealed class MailboxSyntaxTests
{
    [Theory]
    [InlineData("zhang.wei@example.com")]
    [InlineData("a+tag@example.com")]
    [InlineData("a@b")]
    [InlineData("张@例子.中国")]
    [InlineData("a@xn--fsq.com")]
    public void IsBareAddress_PlainAddress_True(string text)
    {
        Assert.True(MailboxSyntax.IsBareAddress(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("broken")]
    [InlineData("zhang.wei@")]
    [InlineData("zhang@@example")]
    [InlineData("a..b@example.com")]
    [InlineData("a.@example.com")]
    [InlineData("board at example.com")]
    [InlineData(" a@example.com")]
    [InlineData("<a@example.com>")]
    [InlineData("Zhang <zhang@example.com>")]
    [InlineData("a@example.com (Zhang)")]
    [InlineData("a@example.com, b@example.com")]
    [InlineData("zhang@example.com\r\nBcc: x@example.com")]
    public void IsBareAddress_AnythingElse_False(string? text)
    {
        Assert.False(MailboxSyntax.IsBareAddress(text));
    }

    [Theory]
    [InlineData("Zhang <zhang@example.com>", "zhang@example.com", "Zhang")]
    [InlineData("\"Li, Wei\" <li@example.cn>", "li@example.cn", "Li, Wei")]
    [InlineData("=?utf-8?b?5byg?= <z@example.com>", "z@example.com", "张")]
    [InlineData("board@example.com", "board@example.com", "")]
    public void TryParse_MailboxWithOrWithoutName_AddressAndName(string text, string address, string name)
    {
        Assert.True(MailboxSyntax.TryParse(text, out var mailbox));
        Assert.Equal(address, mailbox.Address);
        Assert.Equal(name, mailbox.Name ?? string.Empty);
    }

    [Theory]
    [InlineData("board at example.com")]
    [InlineData("a b@example.com")]
    [InlineData("a@example.com;")]
    [InlineData("   ")]
    public void TryParse_NotAMailbox_False(string text)
    {
        Assert.False(MailboxSyntax.TryParse(text, out _));
    }
}
