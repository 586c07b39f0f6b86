using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Delivery;

/// <summary>The 8D report goes to management when a resolution is approved and when the complaint closes.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CaseReportDeliveryTests : AppTest
{
    [Fact]
    public async Task Close_ComplaintWalkedToClosure_MailsThe8DReportAttachedToEachManagerInTheirLanguage()
    {
        await ReportSamples.AddPeopleAsync(App, language: "en");
        await App.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        var number = (await ReportFlow.RegisterAsync(App)).Number;

        var closed = await ReportFlow.WalkAsync(App, number);
        await App.DrainAsync(ReportQueueFunction.Name);
        var mails = (await App.SendMailAsync()).ReportMails();

        Assert.Equal(CaseStage.Closed, closed.Stage);
        Assert.Equal(4, mails.Count);
        var english = Assert.Single(mails, m => m.To[0].Address == "dgm@example.com" && m.Subject.Contains("case closed", StringComparison.Ordinal));
        Assert.Equal($"8D report {number}: case closed", english.Subject);
        Assert.Contains("The report is attached as a PDF file.", english.Text, StringComparison.Ordinal);
        var pdf = english.Pdf();
        PdfTools.AssertValid(pdf);
        Assert.Single(PdfTools.Images(pdf));
        ReportText.AssertInOrder(
            PdfTools.Text(pdf),
            "D0 Case summary", $"Case number {number}", "Status Closed", "D1 Team", "Handler qe", "D2 Problem description", ReportSamples.Description,
            "Photo 1: crack-1.jpg", "Other attachments", "label.png", "D3", "R1 Replacement", "D4 Root cause", "Root cause category Method",
            "D5", "C1 Add pump calibration to WI-07", "D6", "Effective Yes", "D7", "P1 Audit all dosing pumps", "D8 Closure",
            "Final result 12 tubes replaced, 2,000 CNY paid, WI-07 updated", "Customer satisfaction 4 of 5", "Approvals", "Department head Zhao Min", "Deputy general manager Qian Jun");

        var chinese = Assert.Single(mails, m => m.To[0].Address == "gm@example.com" && m.Subject.Contains("已结案", StringComparison.Ordinal));
        Assert.Equal($"8D报告-{number}.pdf", chinese.Attachments.Single().FileName);
        ReportText.AssertInOrder(PdfTools.Text(chinese.Pdf()), "纠正/预防措施报告（8D）", "D0 基本信息", "D8 结案", "最终结果 12 tubes replaced");
        Assert.Single(mails, m => m.To[0].Address == "dgm@example.com" && m.Subject == $"8D report {number}: resolution approved");
    }

    [Fact]
    public async Task Approve_FinalApproval_StoresTheReportInTheArchiveForEachLanguage()
    {
        await ReportSamples.AddPeopleAsync(App, language: "en");
        await App.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        var number = (await ReportFlow.RegisterAsync(App)).Number;

        var approved = await ReportFlow.WalkAsync(App, number, ReportFlow.UpToFinalApproval);
        await App.DrainAsync(ReportQueueFunction.Name);

        Assert.Equal(CaseStage.Approved, approved.Stage);
        foreach (var language in new[] { "en", "zh-CN" })
        {
            var stored = await App.Get<ReportArchive>().LoadAsync(ReportArchive.CaseReportName(number, approved.Version, CaseReportTrigger.Approved, language), CancellationToken.None);
            PdfTools.AssertValid(stored!);
        }

        ReportText.AssertInOrder(PdfTools.Text((await App.Get<ReportArchive>().LoadAsync(ReportArchive.CaseReportName(number, approved.Version, CaseReportTrigger.Approved, "en"), CancellationToken.None))!),
            "Status Approved", "D5 Corrective actions chosen", "C1", "D8 Closure", "Approvals", "Deputy general manager Qian Jun");
    }

    [Fact]
    public async Task Dispatch_SameReportRequestedAgain_MailsNobodyTwice()
    {
        await ReportSamples.AddPeopleAsync(App);
        var number = (await ReportFlow.RegisterAsync(App)).Number;
        var closed = await ReportFlow.WalkAsync(App, number);
        await App.DrainAsync(ReportQueueFunction.Name);
        var first = (await App.SendMailAsync()).ReportMails();

        // As after a crash between storing a change and dispatching its effects: the same event dispatched again.
        var history = (await App.Get<CaseStore>().GetWithHistoryAsync(number, CancellationToken.None))!.History;
        var closing = history.Single(e => e.Effects.OfType<ReportEffect>().Any(r => r.Trigger == CaseReportTrigger.Closed));
        await App.Get<ICaseEffectDispatcher>().DispatchAsync(closed, closing, CancellationToken.None);
        await App.DrainAsync(ReportQueueFunction.Name);
        var second = (await App.SendMailAsync()).ReportMails();

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Count, second.Count);
    }

    [Fact]
    public async Task Produce_ReportTooLargeForTheSender_MailsALinkToTheProtectedDownloadInstead()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["Mail:Acs:MaxMessageBytes"] = "4096" });
        await ReportSamples.AddPeopleAsync(app, language: "en");
        await app.AddStaffAsync("sales.rep", "sales", "en");
        var registered = await ReportFlow.RegisterAsync(app);
        var approved = await ReportFlow.WalkAsync(app, registered.Number, ReportFlow.UpToFinalApproval);

        await app.DrainAsync(ReportQueueFunction.Name);
        var mail = Assert.Single((await app.SendMailAsync()).ReportMails());

        Assert.Empty(mail.Attachments);
        var name = ReportArchive.CaseReportName(registered.Number, approved.Version, CaseReportTrigger.Approved, "en");
        var link = $"http://localhost/api/staff/reports/files/{name}";
        Assert.Contains(link, mail.Text, StringComparison.Ordinal);
        Assert.Contains("too large to attach", mail.Text, StringComparison.Ordinal);

        var download = await (await app.SignInAsync("dgm")).GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        PdfTools.AssertValid(await download.Content.ReadAsByteArrayAsync());
        var refused = await (await app.SignInAsync("sales.rep")).GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void EncodedSize_Pdf_CountsBase64LinesAndMailOverhead()
    {
        Assert.Equal(64 * 1024 + 4, ReportMailComposer.EncodedSize(3));
        Assert.True(ReportMailComposer.EncodedSize(7_000_000) > 7_000_000 * 4 / 3);
    }
}
