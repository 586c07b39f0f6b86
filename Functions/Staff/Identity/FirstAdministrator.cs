using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// A fresh deployment has an empty staff directory, and only an administrator can add people to it. The setting
/// <c>Identity:FirstAdministrator</c> names one person (Entra object id or e-mail address); when that person signs in
/// through App Service Authentication while nobody active in the directory is an administrator, they are added as one.
/// Once any administrator exists the setting does nothing, so it cannot be used to take over a running directory.
/// </summary>
internal sealed class FirstAdministrator(StaffDirectory directory, IOptions<IdentityOptions> options, ILogger<FirstAdministrator> logger)
{
    public async Task<StaffMember?> TryAddAsync(EasyAuthPrincipal principal, CancellationToken cancellationToken)
    {
        var named = options.Value.FirstAdministrator?.Trim();
        var tenant = options.Value.TenantId;
        if (string.IsNullOrEmpty(named) || !Names(named, principal) || !MailboxSyntax.TryParse(principal.Email, out var address)
            || (tenant is not null && !StaffSignIn.SameTenant(tenant, principal.TenantId))
            || await directory.AnyActiveWithRoleAsync(StaffRole.Administrator, cancellationToken))
        {
            return null;
        }

        var member = new StaffMember
        {
            Id = principal.ObjectId is { Length: > 0 } oid ? oid : "u-" + Guid.NewGuid().ToString("N")[..12],
            Email = address.Address,
            Name = principal.Name is { Length: > 0 } name ? name.Trim()[..Math.Min(name.Trim().Length, 100)] : address.Address,
            Roles = [StaffRole.Staff, StaffRole.Administrator],
            ObjectId = principal.ObjectId,
            TenantId = principal.TenantId,
        };
        try
        {
            await directory.SaveAsync(member, ifMatch: null, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Two first requests at once: the other one added them.
            return await directory.FindAsync(principal.ObjectId, principal.Email, cancellationToken);
        }

        logger.LogWarning("Added {StaffId} as the first administrator (Identity:FirstAdministrator); the setting is ignored from now on", member.Id);
        return member;
    }

    private static bool Names(string named, EasyAuthPrincipal principal) =>
        Guid.TryParse(named, out var objectId)
            ? Guid.TryParse(principal.ObjectId, out var signedIn) && signedIn == objectId
            : string.Equals(named, principal.Email?.Trim(), StringComparison.OrdinalIgnoreCase);
}
