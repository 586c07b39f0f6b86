using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Delivery;

/// <summary>The investigation report (docs/procedure.md §5): an interim 8D, D0–D4, mailed to the general manager when the investigation is recorded.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class InvestigationReportDeliveryTests : AppTest
{
    private const int UpToInvestigation = 3;

    [Fact]
    public async Task RecordInvestigation_Complete_MailsTheInterim8DToEachGeneralManagerInTheirLanguage()
    {
        await ReportSamples.AddPeopleAsync(App, language: "en");
        await App.AddStaffAsync("gm", "office", "en", StaffRole.Gm);
        await App.AddStaffAsync("gm2", "office", "zh-CN", StaffRole.Gm);
        var number = (await ReportFlow.RegisterAsync(App)).Number;

        var investigated = await ReportFlow.WalkAsync(App, number, UpToInvestigation);
        await App.DrainAsync(ReportQueueFunction.Name);
        var mails = (await App.SendMailAsync()).Where(m => m.Subject.StartsWith("Investigation report", StringComparison.Ordinal) || m.Subject.StartsWith("调查报告", StringComparison.Ordinal)).ToList();

        Assert.Equal(CaseStage.Investigating, investigated.Stage);
        Assert.Equal(["gm2@example.com", "gm@example.com"], mails.Select(m => m.To[0].Address).Order(StringComparer.Ordinal));
        var english = Assert.Single(mails, m => m.To[0].Address == "gm@example.com");
        Assert.Equal($"Investigation report {number} (interim 8D)", english.Subject);
        Assert.Equal($"Investigation-report-{number}.pdf", english.Attachments.Single().FileName);
        var pdf = english.Pdf();
        PdfTools.AssertValid(pdf);
        var text = PdfTools.Text(pdf);
        ReportText.AssertInOrder(
            text,
            "Investigation report (interim 8D, D0–D4)", "D0 Case summary", "Investigation report due", "on time", "D1 Team", "D2 Problem description",
            "D3", "Quarantine batch B-17", "D4 Root cause", "Root cause category Method", "Dosing pump calibration missing", "Interim report");
        Assert.DoesNotContain("D5 Corrective actions chosen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("D8 Closure", text, StringComparison.Ordinal);

        var chinese = Assert.Single(mails, m => m.To[0].Address == "gm2@example.com");
        Assert.Equal($"调查报告-{number}.pdf", chinese.Attachments.Single().FileName);
        ReportText.AssertInOrder(PdfTools.Text(chinese.Pdf()), "调查报告（8D 中期报告，D0–D4）", "D0 基本信息", "调查报告期限", "按时", "D4 根本原因");
        Assert.DoesNotContain(await App.SendMailAsync(), m => m.Subject.StartsWith("8D report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordInvestigation_Complete_StoresTheInterimReportBesideTheFullOnes()
    {
        await ReportSamples.AddPeopleAsync(App);
        await App.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        var number = (await ReportFlow.RegisterAsync(App)).Number;

        var investigated = await ReportFlow.WalkAsync(App, number, UpToInvestigation);
        await App.DrainAsync(ReportQueueFunction.Name);

        var name = ReportArchive.CaseReportName(number, investigated.Version, CaseReportTrigger.Investigated, "zh-CN");
        Assert.Equal($"cases/{number}/{number}-v{investigated.Version}-investigated.zh-CN.pdf", name);
        PdfTools.AssertValid((await App.Get<ReportArchive>().LoadAsync(name, CancellationToken.None))!);
    }
}
