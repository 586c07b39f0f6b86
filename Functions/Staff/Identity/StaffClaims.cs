using System.Security.Claims;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>Turns a directory entry into the claims the app authorizes with, and back into an <see cref="Actor"/>.</summary>
internal static class StaffClaims
{
    public const string Scheme = "Staff";
    public const string StaffId = "sf:staff";
    public const string Department = "sf:department";
    public const string Language = "sf:language";

    public static ClaimsPrincipal ToPrincipal(StaffMember member, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(StaffId, member.Id),
            new(ClaimTypes.Name, member.Name),
            new(ClaimTypes.Email, member.Email),
            new(Language, member.Language),
        };
        if (member.Department is not null)
        {
            claims.Add(new Claim(Department, member.Department));
        }

        claims.AddRange(member.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static Actor ToActor(ClaimsPrincipal user) => new(
        ActorKind.Staff,
        user.FindFirstValue(StaffId) ?? throw new InvalidOperationException("Not a staff principal."),
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue(Department),
        user.FindAll(ClaimTypes.Role).Select(c => Enum.Parse<StaffRole>(c.Value)).ToList());
}
