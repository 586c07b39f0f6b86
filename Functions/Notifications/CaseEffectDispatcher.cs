using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Intake.Desk;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Notifications;

/// <summary>
/// Turns the effects of a case change into queue messages: one mail request per recipient (each in their
/// language) and report requests. Mail ids are derived from case, version, effect and recipient, so a
/// repeated dispatch sends nothing twice.
/// </summary>
internal sealed class CaseEffectDispatcher(
    MailOutbox outbox,
    MailAudienceResolver audiences,
    IEnumerable<IReportRequester> reports,
    ILogger<CaseEffectDispatcher> logger) : ICaseEffectDispatcher
{
    public async Task DispatchAsync(CaseRecord current, CaseEvent change, CancellationToken cancellationToken)
    {
        for (var i = 0; i < change.Effects.Count; i++)
        {
            switch (change.Effects[i])
            {
                case MailEffect effect:
                    var mail = DeskIntake.ToldInPerson(effect, current);
                    var recipients = await audiences.ResolveAsync(mail, current, cancellationToken);
                    if (recipients.Count == 0)
                    {
                        logger.LogWarning("Nobody to send {Template} to for {CaseNumber} ({Audience} {Target})", mail.Template, current.Number, mail.Audience, mail.Target);
                    }

                    var requests = new List<MailRequest>();
                    foreach (var recipient in recipients)
                    {
                        requests.Add(new MailRequest
                        {
                            MailId = MailOutbox.MailId(current.Number, "v" + change.Version, i.ToString(System.Globalization.CultureInfo.InvariantCulture), mail.Template, recipient.StaffId ?? "customer"),
                            Template = mail.Template,
                            Recipient = recipient,
                            CaseNumber = current.Number,
                            CustomerId = current.Customer.CustomerId,
                            Note = change.Comment,
                            Values = mail.Values ?? new Dictionary<string, string>(),
                        });
                    }

                    await Task.WhenAll(requests.Select(r => outbox.EnqueueAsync(r, cancellationToken)));

                    break;
                case ReportEffect report:
                    foreach (var requester in reports)
                    {
                        await requester.RequestCaseReportAsync(current, report.Trigger, change.Version, cancellationToken);
                    }

                    break;
            }
        }
    }
}

/// <summary>Queues the production of a case's report (the reports feature provides it).</summary>
internal interface IReportRequester
{
    Task RequestCaseReportAsync(CaseRecord current, CaseReportTrigger trigger, int version, CancellationToken cancellationToken);
}

/// <summary>Who a mail effect reaches, from the case and the staff directory.</summary>
internal sealed class MailAudienceResolver(StaffDirectory staff, IEnumerable<IManagementList> management)
{
    public async Task<IReadOnlyList<MailRecipient>> ResolveAsync(MailEffect effect, CaseRecord current, CancellationToken cancellationToken)
    {
        IEnumerable<StaffMember> members = effect.Audience switch
        {
            MailAudience.Department when effect.Target is { } department => await staff.InDepartmentAsync(department, cancellationToken),
            MailAudience.DepartmentHead when effect.Target is { } department =>
                (await staff.InDepartmentAsync(department, cancellationToken)).Where(m => m.Has(StaffRole.DepartmentHead)),
            MailAudience.StaffMember when effect.Target is { } id && await staff.FindActiveAsync(id, cancellationToken) is { } found => [found],
            MailAudience.Role when Enum.TryParse<StaffRole>(effect.Target, out var role) => await staff.WithRoleAsync(role, cancellationToken),
            MailAudience.ActionOwner or MailAudience.ActionOwnerHead => await ActionPeopleAsync(effect, current, cancellationToken),
            _ => [],
        };

        var recipients = members.Select(m => new MailRecipient(m.Email, m.Name, m.Language, m.Id)).ToList();
        // An improvement action has no customer: it never mails anyone as one (docs/procedure.md §14.7).
        if (effect.Audience == MailAudience.Customer && current.Kind != CaseKind.Improvement && current.Customer.Email.Length > 0)
        {
            recipients.Add(new MailRecipient(current.Customer.Email, current.Customer.Name, current.Customer.Language, null));
        }

        if (effect.Audience == MailAudience.Management)
        {
            foreach (var list in management)
            {
                recipients.AddRange(await list.RecipientsAsync(cancellationToken));
            }
        }

        return recipients.DistinctBy(r => r.Address.ToLowerInvariant()).ToList();
    }

    /// <summary>An action's owner and their head; an outside owner (or a name that is not a staff id) is chased through the case's handler and department.</summary>
    private async Task<IEnumerable<StaffMember>> ActionPeopleAsync(MailEffect effect, CaseRecord current, CancellationToken cancellationToken)
    {
        var resolution = current.Resolution;
        var action = resolution?.CorrectiveActions.Concat(resolution.PreventiveActions).FirstOrDefault(a => a.Id == effect.Target);
        var owner = action is { IsExternal: false } ? await staff.FindActiveAsync(action.Owner, cancellationToken) : null;
        if (effect.Audience == MailAudience.ActionOwner)
        {
            var handler = owner is null && current.Assignment.HandlerId is { } id ? await staff.FindActiveAsync(id, cancellationToken) : null;
            return new[] { owner ?? handler }.OfType<StaffMember>();
        }

        var department = owner?.Department ?? current.Assignment.Department;
        return department is null ? [] : (await staff.InDepartmentAsync(department, cancellationToken)).Where(m => m.Has(StaffRole.DepartmentHead));
    }
}

/// <summary>The management distribution list for reports (the reports feature keeps it in settings).</summary>
internal interface IManagementList
{
    Task<IReadOnlyList<MailRecipient>> RecipientsAsync(CancellationToken cancellationToken);
}
