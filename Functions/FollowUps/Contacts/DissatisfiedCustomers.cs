using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Suggestions;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Contacts;

/// <summary>
/// 不满意的重点顾客深入征求意见 (docs/procedure.md §14.7, docs/adr/0069-dissatisfied-key-customers-are-visit-tasks.md): a main or
/// tier-A customer who scores any item of a survey below the satisfaction target gets a personal follow-up — a visit
/// task on the visit list, owned by the head of the department their lowest score concerns, due after
/// <c>followups.dissatisfiedContactDays</c>. One task per survey answer.
/// </summary>
internal sealed class DissatisfiedCustomers(CustomerStore customers, VisitTaskRows tasks, StaffDirectory staff, SettingsStore settings, ILogger<DissatisfiedCustomers> logger) : ISurveyAnswerHook
{
    public async Task AnsweredAsync(SurveyInvitation invitation, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync<FollowUpSettings>(cancellationToken);
        var below = answer.Scores.Where(s => s.Value < options.SatisfactionTarget).ToDictionary(s => s.Key, s => s.Value);
        if (below.Count == 0 || await customers.GetAsync(invitation.CustomerId, cancellationToken) is not { Customer: { } customer } ||
            !(customer.MainCustomer || customer.Tier == CustomerTier.A) || customer.ErasureRequested)
        {
            return;
        }

        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var department = SuggestionDepartments.For(answer.Scores, organisation);
        var owner = await HeadOfAsync(department, cancellationToken) ?? await HeadOfAsync(organisation.ComplaintDesk, cancellationToken) ?? options.CorrectiveActionOwnerId;
        var source = invitation is { Kind: SurveyKind.Annual, Year: { } year } ? "annual-" + year.ToString(CultureInfo.InvariantCulture) : "survey-" + invitation.Hash[..12];
        var task = new VisitTask
        {
            CustomerId = customer.Id,
            Key = VisitTaskRows.Key(customer.Id, source),
            Survey = invitation.Kind,
            Year = invitation.Year,
            Items = below,
            Department = department,
            OwnerId = owner,
            CreatedAt = answer.At,
            DueAt = answer.At.AddDays(options.DissatisfiedContactDays),
        };
        if (await tasks.AddAsync(task, cancellationToken))
        {
            logger.LogInformation("Customer {CustomerId} scored {Items} below target; visit task for {Owner} due {Due}", customer.Id, string.Join(", ", below.Keys), owner, task.DueAt);
        }
    }

    private async Task<string?> HeadOfAsync(string department, CancellationToken cancellationToken) =>
        (await staff.InDepartmentAsync(department, cancellationToken)).Where(m => m.Has(StaffRole.DepartmentHead)).OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
}
