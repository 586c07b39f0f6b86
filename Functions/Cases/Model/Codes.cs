namespace Serverless.Feedback.Cases.Model;

// Codes are stored and sent on the wire as camelCase strings (see CaseJson); never renumber or rename them.

internal enum CaseKind
{
    Complaint,
    Suggestion,
    Inquiry,
    Compliment,

    /// <summary>An internal improvement action (docs/procedure.md §14.7–8): owned by a department, never a customer's complaint.</summary>
    Improvement,
}

internal enum Channel
{
    Web,
    Api,
    Phone,
    Letter,
    Fax,
    Email,
    Visit,
    Association,
    Other,
    SalesRepresentative,
}

internal enum Remedy
{
    Explanation,
    Replacement,
    Return,
    Refund,
    Repair,
    OnSiteVisit,
    Compensation,
    Other,
}

internal enum Validity
{
    Valid,
    NotValid,
}

internal enum Category
{
    ProductQuality,
    NonQuality,
    Delivery,
    ServiceAttitude,
    StaffConduct,
    PriceBilling,
    Packaging,
    Logistics,
    Other,
}

internal enum Severity
{
    General,
    Minor,
    Major,
    Serious,
    Special,
}

internal enum ImmediateAction
{
    None,
    Containment,
    Recall,
}

internal enum RootCauseCategory
{
    Person,
    Machine,
    Material,
    Method,
    Measurement,
    Environment,
}

internal enum CauseOwner
{
    Company,
    Customer,
    ThirdParty,
    Undetermined,
}

internal enum RemedialKind
{
    Answer,
    Replacement,
    Return,
    Refund,
    Repair,
    OnSiteRepair,
    Compensation,
    Recall,
}

internal enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

internal enum ApprovalMeaning
{
    Reviewed,
    Approved,
    Rejected,
}

internal enum StaffRole
{
    Staff,
    DepartmentHead,
    DeputyGm,
    Gm,
    Administrator,
}

internal enum CustomerDecision
{
    Accepted,
    Rejected,
    DeemedAccepted,
}

internal enum AnswerSource
{
    TrackingPage,
    Phone,
    Email,
    Letter,
    Visit,
    NoAnswer,
}

internal enum CaseOutcome
{
    Resolved,
    NotValid,
    Answered,
    Acknowledged,
    Withdrawn,
    ResolvedAtFirstContact,
}
