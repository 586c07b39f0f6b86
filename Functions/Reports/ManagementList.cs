using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Reports;

/// <summary>
/// The management distribution list from the reports settings: members of the management roles, named staff
/// (each in the language of their directory entry) and other addresses. Inactive staff are left out.
/// </summary>
internal sealed class ManagementList(SettingsStore settings, StaffDirectory staff) : IManagementList
{
    public async Task<IReadOnlyList<MailRecipient>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var configured = await settings.GetAsync<ReportSettings>(cancellationToken);
        var members = (await staff.ListAsync(cancellationToken)).Where(m => m.Active).ToList();
        var named = configured.ManagementList.Where(r => r.StaffId is { Length: > 0 }).Select(r => r.StaffId).ToHashSet(StringComparer.Ordinal);

        var recipients = members
            .Where(m => named.Contains(m.Id) || configured.ManagementRoles.Any(m.Has))
            .Select(m => new MailRecipient(m.Email, m.Name, Texts.Normalise(m.Language), m.Id))
            .ToList();
        recipients.AddRange(configured.ManagementList
            .Where(r => r.StaffId is null or "" && r.Email is { Length: > 0 })
            .Select(r => new MailRecipient(r.Email!, string.IsNullOrWhiteSpace(r.Name) ? r.Email! : r.Name, Texts.Normalise(r.Language ?? Texts.Chinese), null)));
        return recipients.DistinctBy(r => r.Address.ToLowerInvariant()).ToList();
    }
}
