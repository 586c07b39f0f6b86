using System.Text;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.Register;

namespace Serverless.Feedback.Tests.Reports.Register;

/// <summary>The complaint register as CSV: opens in Excel with Chinese intact, quotes by RFC 4180, runs no formula.</summary>
public sealed class RegisterCsvTests
{
    [Fact]
    public void Write_ChineseRegister_StartsWithByteOrderMarkAndRoundTripsEveryCell()
    {
        var bytes = RegisterCsv.Write(RegisterSamples.March(), Texts.Instance.For("zh-CN"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = RegisterSamples.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(RegisterColumns.All.Count, r.Count));
        Assert.Equal(["序号", "案件编号", "受理时间", "类型", "渠道", "客户", "单位"], rows[0].Take(7));
        var closed = rows[1];
        Assert.Equal("FB-202603-0001", closed[1]);
        Assert.Equal("2026-03-02 10:00", closed[2]);
        Assert.All(new[] { "received", "closed" }, key =>
            Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", closed[Column(key)]));
        Assert.Equal(ReportSamples.Description, closed[Column("description")]);
        Assert.Equal("质量异常", closed[Column("category")]);
        Assert.Equal("已结案", closed[Column("stage")]);
        Assert.Equal("4 · 处理及时 Quick", closed[Column("satisfaction")]);
    }

    [Fact]
    public void Write_TextWithCommasQuotesLineBreaksAndFormulas_IsQuotedAndDefused()
    {
        var bytes = RegisterCsv.Write(RegisterSamples.March(RegisterSamples.Tricky()), Texts.Instance.For("en"));

        var rows = RegisterSamples.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var tricky = rows[1];
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"点击\")", tricky[Column("customer")]);
        Assert.Equal("'+86 华东精密, 有限公司", tricky[Column("company")]);
        Assert.Equal("'@SUM(1+1)", tricky[Column("product")]);
        Assert.Equal("'-B7", tricky[Column("batch")]);
        Assert.Equal("第一行，有逗号, and \"quotes\"\r\n第二行", tricky[Column("description")]);
        Assert.All(tricky, cell => Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal), $"'{cell}' would run as a formula."));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("one\ntwo", "\"one\ntwo\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+86 21 5555", "'+86 21 5555")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("", "")]
    public void Field_Value_IsWrittenAsRfc4180AndFormulaSafe(string value, string expected) =>
        Assert.Equal(expected, RegisterCsv.Field(value));

    [Fact]
    public void Write_EmptyPeriod_IsTheHeaderLineOnly()
    {
        var bytes = RegisterCsv.Write(RegisterSamples.March() with { Cases = [] }, Texts.Instance.For("en"));

        var rows = RegisterSamples.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal("Case number", Assert.Single(rows)[1]);
    }

    private static int Column(string key) => RegisterColumns.All.Select((c, i) => (c, i)).Single(x => x.c.Key == key).i;
}
