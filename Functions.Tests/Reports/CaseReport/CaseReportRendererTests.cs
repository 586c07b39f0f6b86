using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports.CaseReport;

/// <summary>The 8D report: a valid PDF whose text reads D0 to D8 with every field, in either language.</summary>
public sealed class CaseReportRendererTests
{
    private static readonly CaseRecord Closed = ReportSamples.ClosedComplaint();

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void Render_ClosedComplaint_PassesQpdfCheckWithTwoPhotos(string language)
    {
        var pdf = CaseReportRenderer.Render(ReportSamples.Input(Closed), Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        Assert.Equal(2, PdfTools.Images(pdf).Count);
        Assert.EndsWith("FB-202603-0001", PdfTools.Info(pdf)["Title"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_EveryFieldInTheOrderOfTheEightDisciplines()
    {
        var text = PdfTools.Text(CaseReportRenderer.Render(ReportSamples.Input(Closed), Texts.Instance.For("en")));

        ReportText.AssertInOrder(
            text,
            "Corrective and preventive action report (8D)",
            "D0 Case summary", "Case number FB-202603-0001", "Type Complaint", "Channel Web form", "Customer Chen Jing · Acme Ltd",
            "Product Glue X", "Model / specification GX-25/5kg", "Order number SO-2026-0315", "Delivery date 20 Feb 2026", "Batch / lot B-17",
            "Received 2 Mar 2026, 10:00", "Status Closed", "Severity Major", "Category Product quality", "Validity Valid", "Closed 3 Mar 2026",
            "D1 Team", "Responsible department Quality", "Handler Wang Wei", "First receiver Li Na", "Assessed by Li Na", "Investigation by Wang Wei",
            "Department at cause Production", "Person at cause Line 2 lead", "Resolution proposed by Wang Wei",
            "Approval chain Department head → Deputy general manager", "Effectiveness verified by Zhao Min",
            "D2 Problem description", "In the customer's words", ReportSamples.Description, "Quantity affected 12", "Remedy wanted Replacement · Within a week",
            "Photos", "Photo 1: crack-1.jpg", "Photo 2: crack-2.jpg", "Other attachments", "label.png (image/png, 2 KB)",
            "D3 Containment and remedial action", "Immediate action Containment · Quarantine batch B-17 at the customer", "Remedial actions",
            "R1 Replacement Replace 12 tubes 12", "Done", "R2 Compensation Compensate line stop", "2,000.00 CNY", "Compensation in total 2,000.00 CNY",
            "D4 Root cause", "Root cause category Method", "Whose cause The company", "Checks made Sales list, Batch records, Retained samples, Returned goods",
            "Findings Hardener ratio off in batch B-17.", "5 whys", "Why 1 Glue did not set", "Why 2 Hardener ratio low", "Why 3 Dosing pump drifted",
            "Why 4 No calibration check", "Why 5 Not in the work instruction", "Root cause Dosing pump calibration missing from the work instruction.",
            "D5 Corrective actions chosen", "Resolution Replace the 12 tubes and fix the dosing procedure.", "C1 Add pump calibration to WI-07 Line 2 lead 20 Mar 2026",
            "D6 Implementation and verification of effectiveness", "C1 Done", "WI-07 rev C released", "Effectiveness verified by Zhao Min",
            "Verification criteria No recurrence in the next three batches", "Effective Yes", "Verification result Batches B-18 to B-20 set normally",
            "D7 Preventive actions", "P1 Audit all dosing pumps Quality 30 Apr 2026 In progress Audit plan issued",
            "D8 Closure", "Customer's answer Accepted · Phone", "Customer's comment 同意更换 Agreed", "Final result 12 tubes replaced, 2,000 CNY paid, WI-07 updated",
            "Closed by Wang Wei", "Customer satisfaction 4 of 5 · 处理及时 Quick",
            "Approvals", "1 1 Department head Zhao Min", "Reviewed Root cause is convincing", "1 2 Deputy general manager Qian Jun", "Approved Agreed",
            "Working hours from receipt to each step");
    }

    [Fact]
    public void Render_Chinese_EveryFieldInTheOrderOfTheEightDisciplines()
    {
        var text = PdfTools.Text(CaseReportRenderer.Render(ReportSamples.Input(Closed), Texts.Instance.For("zh-CN")));

        ReportText.AssertInOrder(
            text,
            "纠正/预防措施报告（8D）",
            "D0 基本信息", "案件编号 FB-202603-0001", "类型 投诉", "受理渠道 网页表单", "客户 Chen Jing · Acme Ltd", "产品 Glue X", "批号 B-17",
            "受理时间 2026年3月2日 10:00", "状态 已结案", "严重程度 主要", "类别 质量异常", "判定结果 成立",
            "D1 小组成员", "责任部门 质量部", "处理人 Wang Wei", "首问责任人 Li Na", "原因责任部门 生产部", "核决流程 部门负责人 → 分管领导",
            "D2 问题描述", "客户原话", ReportSamples.Description, "涉及数量 12", "客户要求 换货", "照片", "照片 1：crack-1.jpg", "其他附件", "label.png",
            "D3 临时措施与补救措施", "紧急措施 遏制措施", "补救措施", "R1 换货", "已完成", "赔偿合计 2,000.00 CNY",
            "D4 根本原因", "原因类别 法", "原因归属 本公司", "核查项目 销售清单、批次记录、留样、退回产品", "五问法", "为什么 1 Glue did not set", "为什么 5",
            "D5 选定的纠正措施", "处理方案 Replace the 12 tubes", "C1 Add pump calibration to WI-07",
            "D6 实施与效果验证", "C1 已完成", "是否有效 是",
            "D7 预防措施", "P1 Audit all dosing pumps", "进行中",
            "D8 结案", "客户答复 接受 · 电话", "最终结果 12 tubes replaced", "客户满意度 4 分（满分 5 分）", "核决记录", "部门负责人 Zhao Min", "已审核", "分管领导 Qian Jun", "已核准",
            "自受理起各环节所用工作时间");
    }

    [Fact]
    public void Render_NewComplaint_SaysWhatIsNotRecordedYet()
    {
        var input = ReportSamples.Input(ReportSamples.Complaint()) with { Photos = [], OtherAttachments = [], Milestones = [] };

        var pdf = CaseReportRenderer.Render(input, Texts.Instance.For("en"));

        PdfTools.AssertValid(pdf);
        var text = PdfTools.Text(pdf);
        ReportText.AssertInOrder(text, "D0 Case summary", "Status Received", "D3", "Not recorded yet", "D4", "Not recorded yet", "D5", "Not recorded yet", "D8", "Not recorded yet");
        Assert.DoesNotContain("Working hours", text, StringComparison.Ordinal);
        Assert.Empty(PdfTools.Images(pdf));
    }

    [Fact]
    public void Render_FileThatIsNotAJpeg_IsListedByNameInstead()
    {
        var input = ReportSamples.Input(Closed);
        input = input with { Photos = [input.Photos[0], input.Photos[1] with { Jpeg = [0xFF, 0xD8, 0x00, 0x01] }] };

        var pdf = CaseReportRenderer.Render(input, Texts.Instance.For("en"));

        Assert.Single(PdfTools.Images(pdf));
        ReportText.AssertInOrder(PdfTools.Text(pdf), "Photo 1: crack-1.jpg", "Other attachments", "label.png", "crack-2.jpg (image/jpeg");
    }
}
