using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Bench.Reports;

/// <summary>
/// A realistic closed complaint as the workflow leaves it — a cracked housing, reported in Chinese with
/// English notes, two photos, containment, a 5-why analysis, corrective and preventive actions, two approvals,
/// verification and a rating — and the 8D input built from it.
/// </summary>
internal static class BenchCase
{
    private static readonly DateTimeOffset Received = new(2026, 2, 18, 9, 12, 0, TimeSpan.FromHours(8));

    public static CaseReportInput Input(byte[] firstPhoto, byte[] secondPhoto)
    {
        var c = Record();
        return new CaseReportInput
        {
            Case = c,
            Names = new ReportNames(
                OrganisationSettings.Default.Departments.ToDictionary(d => d.Code, d => d.Label),
                new Dictionary<string, string> { ["li.na"] = "李娜 Li Na", ["wang.lei"] = "王磊 Wang Lei", ["zhao.min"] = "赵敏 Zhao Min", ["qian.jun"] = "钱军 Qian Jun" }),
            Photos = [new CasePhoto(c.Attachments[0], firstPhoto), new CasePhoto(c.Attachments[1], secondPhoto)],
            OtherAttachments = [c.Attachments[2]],
            Milestones = [new("deadline.firstResponse", TimeSpan.FromHours(1.5)), new("deadline.investigationReport", TimeSpan.FromHours(19)), new("deadline.resolution", TimeSpan.FromHours(31)), new("report.case.closure", TimeSpan.FromHours(182))],
            Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
            GeneratedAt = Received.AddDays(40),
        };
    }

    private static CaseRecord Record() => new()
    {
        Number = "FB-202602-0042",
        Kind = CaseKind.Complaint,
        Channel = Channel.Email,
        Stage = CaseStage.Closed,
        Outcome = CaseOutcome.Resolved,
        Version = 24,
        ReceivedAt = Received,
        UpdatedAt = Received.AddDays(38),
        Customer = new CaseCustomer("c-acme", "陈静 Chen Jing", "ACME 精密部件有限公司 (ACME Precision Parts Ltd)", "chen.jing@acme.example", "+86 21 5555 0101", "zh-CN"),
        Subject = new CaseSubject
        {
            Product = "外壳 Housing X-200",
            Model = "X-200/PC-GF30",
            OrderNumber = "SO-2026-0188",
            DeliveryDate = new DateOnly(2026, 2, 3),
            Batch = "B2026-11",
            QuantityAffected = 4,
            Description = "客户反馈，产品在正常使用两周后外壳出现裂纹。批号 B2026-11 共交付 1200 件，现场失效 4 件，其中 2 件已退回分析。"
                + "裂纹起始于靠近浇口的螺丝柱，并沿熔接线延伸。客户要求在 24 小时内提供临时措施，并在 10 个工作日内提交根本原因分析。\n"
                + "The customer reports that the housing of the Model X-200 cracked after two weeks of normal use. Four of the 1,200 units "
                + "delivered in batch B2026-11 failed in the field; two were returned for analysis.",
            RemedyWanted = Remedy.Replacement,
            RemedyDetail = "更换同批次全部库存 Replace all stock of the batch",
        },
        Attachments =
        [
            new("A1", "裂纹-1.jpg", "image/jpeg", 97_354, "sub/A1.jpg", Received, null),
            new("A2", "crack-gate.jpg", "image/jpeg", 97_290, "sub/A2.jpg", Received, null),
            new("A3", "客户投诉函.pdf", "application/pdf", 182_004, "sub/A3.pdf", Received, null),
        ],
        Assignment = new CaseAssignment { Department = "quality", HandlerId = "wang.lei", FirstReceiverId = "li.na" },
        Assessment = new Assessment(Validity.Valid, null, null, Category.ProductQuality, Severity.Major, ImmediateAction.Containment,
            "隔离客户仓库及在途的 B2026-11 批次，库存 100 % 检验。Quarantine batch B2026-11 at the customer and in transit; 100 % inspection of stock.", "li.na", Received.AddHours(1)),
        Investigation = new Investigation
        {
            SalesListChecked = true,
            BatchRecordsChecked = true,
            RetainedSamplesChecked = true,
            ReturnedGoodsReviewed = true,
            Findings = "退回样品浇口处有缩痕，壁厚由 2.0 mm 减至 1.4 mm。模温记录显示 2 月 14 日夜班定模温度低于设定值 12 °C。"
                + " The returned units show a sink mark at the gate; the mould temperature log shows the fixed half 12 °C below set point on the night shift of 14 February.",
            RootCauseCategory = RootCauseCategory.Machine,
            Whys =
            [
                "外壳开裂 The housing cracked at the screw boss",
                "熔接线强度低 The weld line was weak",
                "定模温度偏低 The fixed half ran 12 °C cold",
                "冷却水阀门未完全打开 The cooling water valve was left half closed",
                "换模点检表无阀门项 The mould change checklist has no valve item",
            ],
            RootCause = "换模点检表缺少冷却水阀门确认项，导致夜班定模温度偏低。The mould change checklist lacks a cooling valve check.",
            CauseOwner = CauseOwner.Company,
            ResponsibleDepartment = "production",
            ResponsiblePerson = "注塑车间夜班班长 Moulding night-shift lead",
            ReportedAt = Received.AddDays(2),
            RecordedBy = "wang.lei",
        },
        Resolution = new Resolution
        {
            Summary = "更换 4 件失效品及同批次库存 96 件，修订换模点检表，加装模温报警。Replace the failed units and the batch stock, revise the checklist, add a temperature alarm.",
            ProposedBy = "wang.lei",
            ProposedAt = Received.AddDays(3),
            RemedialActions =
            [
                new("R1", RemedialKind.Replacement, "更换失效品 4 件 Replace 4 failed units", 4, null, ActionStatus.Done, Received.AddDays(5)),
                new("R2", RemedialKind.Replacement, "更换同批次库存 96 件 Replace 96 units of stock", 96, null, ActionStatus.Done, Received.AddDays(7)),
                new("R3", RemedialKind.Compensation, "停线损失补偿 Line stop compensation", null, 3_600m, ActionStatus.Done, Received.AddDays(9)),
            ],
            CorrectiveActions =
            [
                new("C1", "换模点检表增加冷却水阀门确认 Add the cooling valve to the mould change checklist", "wang.lei", new DateOnly(2026, 3, 6), ActionStatus.Done, "点检表 QR-0712 C 版 Checklist QR-0712 rev C", Received.AddDays(12)),
                new("C2", "模温机加装低温报警 Low-temperature alarm on the mould heater", "设备部 Maintenance", new DateOnly(2026, 3, 13), ActionStatus.Done, "报警测试记录 Alarm test record MT-26-031", Received.AddDays(18)),
                new("C3", "首件检验增加壁厚测量 Wall thickness in first-article inspection", "zhao.min", new DateOnly(2026, 3, 6), ActionStatus.Done, "检验规程 IP-X200 D 版 Inspection plan rev D", Received.AddDays(11)),
            ],
            PreventiveActions =
            [
                new("P1", "同类模具全部加装报警 Alarms on all moulds of the same type", "设备部 Maintenance", new DateOnly(2026, 4, 30), ActionStatus.InProgress, "12 台中已完成 5 台 5 of 12 done", null),
                new("P2", "夜班换模培训 Mould change training for night shifts", "production", new DateOnly(2026, 3, 20), ActionStatus.Done, "培训签到表 Training record TR-0319", Received.AddDays(29)),
            ],
            RequiredApprovals = [StaffRole.DepartmentHead, StaffRole.DeputyGm],
        },
        Approvals =
        [
            new(1, 1, StaffRole.DepartmentHead, "zhao.min", "赵敏 Zhao Min", Received.AddDays(3).AddHours(4), ApprovalMeaning.Approved, "原因分析充分 Root cause convincing"),
            new(1, 2, StaffRole.DeputyGm, "qian.jun", "钱军 Qian Jun", Received.AddDays(4), ApprovalMeaning.Approved, null),
        ],
        CustomerAnswer = new CustomerAnswer(CustomerDecision.Accepted, "同意处理方案 We accept the proposal", Received.AddDays(5), AnswerSource.Email, "wang.lei", []),
        Verification = new Verification
        {
            Verifier = "zhao.min",
            Criteria = "后续三个批次现场零失效 No field failure in the next three batches",
            DueDate = new DateOnly(2026, 3, 30),
            Effective = true,
            Result = "B2026-14 至 B2026-16 无失效 No failures in B2026-14 to B2026-16",
            VerifiedAt = Received.AddDays(37),
            VerifiedBy = "zhao.min",
        },
        Closure = new Closure("更换 100 件，补偿 3,600 元，纠正措施验证有效。100 units replaced, CNY 3,600 paid, corrective actions verified effective.", Received.AddDays(38), "wang.lei"),
        Satisfaction = new Satisfaction(5, "处理及时，感谢 Quick, thank you", Received.AddDays(39)),
    };
}
