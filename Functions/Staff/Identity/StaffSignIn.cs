using Microsoft.Extensions.Options;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// Who an Easy Auth principal is in the staff directory. A person is bound to their Entra object id (and tenant) the
/// first time they sign in; from then on only that identity is them, whatever their e-mail address becomes. The
/// e-mail address is trusted only for that first binding, and only from the configured tenant: an address is a
/// claim any tenant's administrator can make up (docs/adr/0017).
/// </summary>
internal sealed class StaffSignIn(StaffDirectory directory, IOptions<IdentityOptions> options, ILogger<StaffSignIn> logger)
{
    public async Task<StaffMember?> FindAsync(EasyAuthPrincipal principal, CancellationToken cancellationToken)
    {
        if (await directory.FindByObjectIdAsync(principal.ObjectId, cancellationToken) is { } bound)
        {
            if (bound.Member.TenantId is { } tenant && !SameTenant(tenant, principal.TenantId))
            {
                logger.LogWarning("Sign-in refused for {StaffId}: the principal comes from another tenant", bound.Member.Id);
                return null;
            }

            return bound.Member;
        }

        if (!SameTenant(options.Value.TenantId, principal.TenantId) || principal.ObjectId is not { Length: > 0 } objectId)
        {
            logger.LogWarning("E-mail sign-in refused: the principal has no object id or is not from the configured tenant (Identity:TenantId)");
            return null;
        }

        if (await directory.FindByEmailAsync(principal.Email, cancellationToken) is not { } byEmail)
        {
            return null;
        }

        if (byEmail.Member.ObjectId is { Length: > 0 })
        {
            logger.LogWarning("Sign-in refused for {StaffId}: the address belongs to a person bound to another object id", byEmail.Member.Id);
            return null;
        }

        var member = byEmail.Member with { ObjectId = objectId, TenantId = principal.TenantId };
        try
        {
            await directory.SaveAsync(member, byEmail.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Changed meanwhile (another first request, or an administrator's edit): whatever is stored now decides.
            return (await directory.FindByObjectIdAsync(objectId, cancellationToken))?.Member;
        }

        logger.LogInformation("Bound {StaffId} to their Entra object id at their first sign-in", member.Id);
        return member;
    }

    internal static bool SameTenant(string? expected, string? actual) =>
        Guid.TryParse(expected, out var a) && Guid.TryParse(actual, out var b) && a == b;
}
