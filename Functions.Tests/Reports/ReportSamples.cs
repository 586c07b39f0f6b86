using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports;

/// <summary>A major complaint taken from receipt to closure and rating by the usual people, and the inputs its report needs.</summary>
internal static class ReportSamples
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public const string Description = "胶水在 25 °C 下 24 小时仍不固化，两条生产线停线。The glue does not set after 24 h at 25 °C; two lines stopped.";

    public static readonly ReportNames Names = new(
        OrganisationSettings.Default.Departments.ToDictionary(d => d.Code, d => d.Label),
        new Dictionary<string, string>
        {
            ["clerk"] = "Li Na", ["qe"] = "Wang Wei", ["qhead"] = "Zhao Min", ["dgm"] = "Qian Jun", ["gm"] = "Zhou Hua",
        });

    /// <summary>What happens to the complaint, in order, and who does it (the customer rates it last).</summary>
    public static IReadOnlyList<(CaseCommand Command, Actor? Actor)> ToClosure { get; } =
    [
        (new AssessCommand(Validity.Valid, Category.ProductQuality, Severity.Major, ImmediateAction.Containment, "Quarantine batch B-17 at the customer", Department: "quality", HandlerId: "qe", FirstReceiverId: "clerk"), CaseSamples.Clerk),
        (new StartInvestigationCommand(), CaseSamples.QualityEngineer),
        (CaseSamples.CompleteInvestigation(), CaseSamples.QualityEngineer),
        (CaseSamples.Proposal(compensation: 2000m), CaseSamples.QualityEngineer),
        (new ApproveCommand(ApprovalMeaning.Approved, "Root cause is convincing"), CaseSamples.QualityHead),
        (new ApproveCommand(ApprovalMeaning.Approved, "Agreed"), CaseSamples.DeputyGm),
        (new SendToCustomerCommand("Please confirm the replacement."), CaseSamples.QualityEngineer),
        (new CustomerAnswerCommand(CustomerDecision.Accepted, "同意更换 Agreed", AnswerSource.Phone, null), CaseSamples.QualityEngineer),
        (new StartActionsCommand(), CaseSamples.QualityEngineer),
        (new UpdateActionCommand("R1", ActionStatus.Done, null), CaseSamples.QualityEngineer),
        (new UpdateActionCommand("R2", ActionStatus.Done, null), CaseSamples.QualityEngineer),
        (new UpdateActionCommand("C1", ActionStatus.Done, "WI-07 rev C released"), CaseSamples.QualityEngineer),
        (new UpdateActionCommand("P1", ActionStatus.InProgress, "Audit plan issued"), CaseSamples.QualityEngineer),
        (new UpdateActionCommand("P1", ActionStatus.InProgress, null, "QP-12 pump audit", "The audit runs to year end"), CaseSamples.QualityEngineer),
        (new StartVerificationCommand("qhead", "No recurrence in the next three batches", null), CaseSamples.QualityEngineer),
        (new RecordVerificationCommand(true, "Batches B-18 to B-20 set normally"), CaseSamples.QualityHead),
        (new CloseCommand("12 tubes replaced, 2,000 CNY paid, WI-07 updated"), CaseSamples.QualityEngineer),
        (new RecordSatisfactionCommand(4, "处理及时 Quick"), null),
    ];

    /// <summary>The staff directory entries of the people in <see cref="ToClosure"/>.</summary>
    public static async Task AddPeopleAsync(FeedbackApp app, string language = "zh-CN")
    {
        await app.AddStaffAsync("clerk", "service", language);
        await app.AddStaffAsync("qe", "quality", language);
        await app.AddStaffAsync("qhead", "quality", language, StaffRole.Staff, StaffRole.DepartmentHead);
        await app.AddStaffAsync("dgm", "office", language, StaffRole.DeputyGm);
    }

    /// <summary>The complaint, closed and rated, decided step by step two hours apart without storage.</summary>
    public static CaseRecord ClosedComplaint()
    {
        var c = Complaint();
        var now = CaseSamples.Now;
        foreach (var (command, actor) in ToClosure)
        {
            now = now.AddHours(2);
            c = CaseCommandHandler.Decide(c, command, CaseSamples.Context(actor ?? Actor.Customer(c.Customer), now)).After;
        }

        return c;
    }

    public static CaseRecord Complaint() => CaseSamples.Complaint() with
    {
        Subject = CaseSamples.Complaint().Subject with
        {
            Model = "GX-25/5kg",
            OrderNumber = "SO-2026-0315",
            DeliveryDate = new DateOnly(2026, 2, 20),
            Description = Description,
            RemedyWanted = Remedy.Replacement,
            RemedyDetail = "Within a week",
        },
        Attachments =
        [
            new("A1", "crack-1.jpg", "image/jpeg", 4096, "s/A1.jpg", CaseSamples.Now, null),
            new("A2", "crack-2.jpg", "image/jpeg", 4096, "s/A2.jpg", CaseSamples.Now, null),
            new("A3", "label.png", "image/png", 2048, "s/A3.png", CaseSamples.Now, null),
        ],
    };

    public static CaseReportInput Input(CaseRecord c) => new()
    {
        Case = c,
        Names = Names,
        Photos = [.. c.Attachments.Where(a => a.ContentType == "image/jpeg").Select((a, i) => new CasePhoto(a, PdfSamples.Fixture(i == 0 ? "defect-small.jpg" : "defect-gray-progressive.jpg")))],
        OtherAttachments = [.. c.Attachments.Where(a => a.ContentType != "image/jpeg")],
        Milestones = [new("deadline.firstResponse", TimeSpan.FromHours(2)), new("deadline.resolution", TimeSpan.FromHours(14)), new("report.case.closure", TimeSpan.FromHours(30))],
        Zone = Shanghai,
        GeneratedAt = new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8)),
    };
}
