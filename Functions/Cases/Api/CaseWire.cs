using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Api;

/// <summary>A case as the console shows it: the record, what may be done now, and its history.</summary>
internal sealed record CaseDetail(
    CaseRecord Case,
    IReadOnlyList<string> AllowedActions,
    string? NextApprovalRole,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<CaseEvent> History);

/// <summary>
/// One deadline with the working time left (negative when overdue); <paramref name="RequestedByCustomer"/> when the customer's own date is
/// the due time; <paramref name="Elapsed"/> when it counts elapsed hours (then so does the time left).
/// </summary>
internal sealed record DeadlineView(string Kind, DateTimeOffset Due, bool Met, bool Paused, bool AgreedWithCustomer, double WorkingHoursLeft, bool Overdue, bool RequestedByCustomer = false, bool Elapsed = false);

internal sealed record CaseListPage(IReadOnlyList<Storage.CaseSummary> Items, string? Continuation);
