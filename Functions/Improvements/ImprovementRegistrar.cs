using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Improvements;

/// <summary>What to open: the owning department, what the action is about, and why it is opened.</summary>
/// <param name="FirstReceiverId">The staff member who follows the action through for the company, when one is named.</param>
internal sealed record ImprovementRequest(string Key, string Department, string Description, string? FirstReceiverId, ImprovementOrigin Origin);

/// <summary>
/// Opens improvement actions (docs/procedure.md §14.7–8): a case of their own kind, owned by the department concerned and
/// handled by its head, without a customer — no receipt, no tracking link, no customer file, no deadline clocks
/// of the complaint procedure. The department is told; the key makes a repeated request return the first case.
/// See <c>docs/adr/0042-improvement-actions-are-their-own-case-kind.md</c>.
/// </summary>
internal sealed class ImprovementRegistrar(CaseStore cases, StaffDirectory staff, SettingsStore settings, CompanyTime time, ILogger<ImprovementRegistrar> logger)
{
    public static readonly Actor Opener = Actor.System("improvements");

    public async Task<string> OpenAsync(ImprovementRequest request, CancellationToken cancellationToken)
    {
        var now = time.Now;
        var head = (await staff.InDepartmentAsync(request.Department, cancellationToken))
            .Where(m => m.Has(StaffRole.DepartmentHead))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var month = CaseNumber.MonthOf(now, await time.ZoneAsync(cancellationToken));
        var language = head?.Language ?? "zh-CN";
        var label = (await settings.GetAsync<OrganisationSettings>(cancellationToken)).Departments.FirstOrDefault(d => d.Code == request.Department)?.Label.For(language) ?? request.Department;
        var draft = new CaseRecord
        {
            Number = "FB-000000-0000",
            Kind = CaseKind.Improvement,
            Channel = Channel.Other,
            ReceivedAt = now,
            UpdatedAt = now,
            SubmissionId = request.Key,

            // No customer: the owning department stands in the customer's place so lists and reports have a name.
            Customer = new CaseCustomer("", label, null, "", null, language),
            Subject = new CaseSubject { Description = request.Description },
            Assignment = new CaseAssignment { Department = request.Department, HandlerId = head?.Id, FirstReceiverId = request.FirstReceiverId },
            Improvement = request.Origin,
        };

        var registration = await cases.RegisterAsync(
            month,
            request.Key,
            // The key is derived from what opened the action (a survey item, a month's rate), so it may well have been seen.
            seenBefore: true,
            number => draft with { Number = number },
            created => CaseRows.Event(created, "register", Opener, null, CaseDiff.Between(null, created), [Effects.ToDepartment("improvement-opened", request.Department)]),
            cancellationToken);
        if (registration.Created)
        {
            logger.LogInformation("Opened improvement action {CaseNumber} for {Department} ({Source} {Reference} {Topic})",
                registration.Stored.Case.Number, request.Department, request.Origin.Source, request.Origin.Reference, request.Origin.Topic);
        }

        return registration.Stored.Case.Number;
    }
}
