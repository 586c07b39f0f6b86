using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Tests.Cases;

/// <summary>Cases, people and contexts for domain tests.</summary>
internal static class CaseSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static readonly Actor Clerk = new(ActorKind.Staff, "clerk", "Li Na", "service", [StaffRole.Staff]);
    public static readonly Actor QualityEngineer = new(ActorKind.Staff, "qe", "Wang Wei", "quality", [StaffRole.Staff]);
    public static readonly Actor QualityHead = new(ActorKind.Staff, "qhead", "Zhao Min", "quality", [StaffRole.Staff, StaffRole.DepartmentHead]);
    public static readonly Actor SalesHead = new(ActorKind.Staff, "shead", "Sun Tao", "sales", [StaffRole.Staff, StaffRole.DepartmentHead]);
    public static readonly Actor DeputyGm = new(ActorKind.Staff, "dgm", "Qian Jun", "office", [StaffRole.DeputyGm]);
    public static readonly Actor Gm = new(ActorKind.Staff, "gm", "Zhou Hua", "office", [StaffRole.Gm]);

    public static CaseRecord Complaint(CaseKind kind = CaseKind.Complaint) => new()
    {
        Number = "FB-202603-0001",
        Kind = kind,
        Channel = Channel.Web,
        ReceivedAt = Now,
        UpdatedAt = Now,
        Customer = new CaseCustomer("cust-1", "Chen Jing", "Acme Ltd", "chen@example.com", null, "zh-CN"),
        Subject = new CaseSubject { Product = "Glue X", Batch = "B-17", Description = "The glue does not set.", QuantityAffected = 12 },

        // New cases wait in the complaint desk's queue until triage routes them.
        Assignment = new CaseAssignment { Department = "service" },
    };

    public static CaseContext Context(Actor actor, DateTimeOffset? now = null, WorkflowSettings? workflow = null) => new(
        actor,
        now ?? Now,
        DateOnly.FromDateTime((now ?? Now).UtcDateTime),
        OrganisationSettings.Default,
        AuthoritySettings.Default,
        workflow ?? WorkflowSettings.Default);

    public static CaseDecision Do(CaseRecord current, CaseCommand command, Actor actor) =>
        CaseCommandHandler.Decide(current, command, Context(actor));

    public static AssessCommand ValidAssessment(Severity severity = Severity.Minor, Category category = Category.ProductQuality) =>
        new(Validity.Valid, category, severity);

    public static RecordInvestigationCommand CompleteInvestigation() => new(
        SalesListChecked: true,
        BatchRecordsChecked: true,
        RetainedSamplesChecked: true,
        ReturnedGoodsReviewed: true,
        Findings: "Hardener ratio off in batch B-17.",
        RootCauseCategory: RootCauseCategory.Method,
        Whys: ["Glue did not set", "Hardener ratio low", "Dosing pump drifted", "No calibration check", "Not in the work instruction"],
        RootCause: "Dosing pump calibration missing from the work instruction.",
        CauseOwner: CauseOwner.Company,
        ResponsibleDepartment: "production",
        ResponsiblePerson: "Line 2 lead",
        AttachmentIds: null,
        ReportComplete: true);

    /// <summary>A complaint taken to the given point of the procedure by the usual people.</summary>
    public static CaseRecord InvestigatedComplaint(Severity severity = Severity.Minor)
    {
        var c = Do(Complaint(), ValidAssessment(severity), Clerk).After;
        c = Do(c, new StartInvestigationCommand(), QualityEngineer).After;
        return Do(c, CompleteInvestigation(), QualityEngineer).After;
    }

    public static ProposeResolutionCommand Proposal(decimal? compensation = null, bool corrective = true) => new(
        "Replace the 12 tubes and fix the dosing procedure.",
        [
            new RemedialActionInput(RemedialKind.Replacement, "Replace 12 tubes", 12, null),
            .. compensation is null ? Array.Empty<RemedialActionInput>() : [new RemedialActionInput(RemedialKind.Compensation, "Compensate line stop", null, compensation)],
        ],
        corrective ? [new CapaActionInput("Add pump calibration to WI-07", "Line 2 lead", new DateOnly(2026, 3, 20))] : [],
        [new CapaActionInput("Audit all dosing pumps", "Quality", new DateOnly(2026, 4, 30))],
        corrective ? null : "One-off operator slip, already retrained.");
}
