using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.Register;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports.Register;

/// <summary>The complaint register as a landscape PDF table.</summary>
public sealed class RegisterPdfTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Render_March_PassesQpdfCheckOnLandscapePages(string language)
    {
        var pdf = RegisterPdf.Render(RegisterSamples.March(), Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        var size = PdfTools.Info(pdf)["Page size"];
        Assert.StartsWith("841.89 x 595.276", size, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FiftyCases_RepeatsTheHeaderRowOnEveryPage()
    {
        var one = ReportSamples.ClosedComplaint();
        var cases = Enumerable.Range(1, 50).Select(i => one with { Number = $"FB-202603-{i:D4}" }).ToArray();

        var pages = PdfTools.PageTexts(RegisterPdf.Render(RegisterSamples.March(cases), Texts.Instance.For("zh-CN")));

        Assert.True(pages.Count > 1, "Fifty cases should not fit one page.");
        Assert.All(pages, page => Assert.Contains("案件编号", page, StringComparison.Ordinal));
        ReportText.AssertInOrder(string.Concat(pages), "客户投诉登记表 2026年3月1日 – 2026年3月31日", "共受理 50 件", "FB-202603-0001", "FB-202603-0025", "FB-202603-0050");
    }

    [Fact]
    public void Render_Register_PrintsCustomerTextAsWrittenAndShortensLongDescriptions()
    {
        var longText = string.Concat(Enumerable.Repeat("裂纹", 200));
        var c = ReportSamples.ClosedComplaint() with { Subject = ReportSamples.ClosedComplaint().Subject with { Description = longText } };

        var text = PdfSamples.Normalise(PdfTools.Text(RegisterPdf.Render(RegisterSamples.March(c, RegisterSamples.Tricky()), Texts.Instance.For("en"))));

        Assert.Contains(string.Concat(Enumerable.Repeat("裂纹", 80)) + "…", text, StringComparison.Ordinal);
        Assert.DoesNotContain(string.Concat(Enumerable.Repeat("裂纹", 81)), text, StringComparison.Ordinal);
        // The formula-like name wraps in its narrow cell; it is printed, not defused: a PDF runs nothing.
        ReportText.AssertInOrder(text, "=HYPER", "点击", "+86 华东精密, 有限公司", "第一行，有逗号, and \"quotes\" 第二行");
    }

    [Fact]
    public void Render_EmptyPeriod_SaysNoCaseWasReceived()
    {
        var text = PdfTools.Text(RegisterPdf.Render(RegisterSamples.March() with { Cases = Array.Empty<CaseRecord>() }, Texts.Instance.For("en")));

        Assert.Contains("No cases were received in this period.", text, StringComparison.Ordinal);
    }
}
