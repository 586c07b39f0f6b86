using System.Text;
using System.Text.Json;

namespace Serverless.Feedback.Tests.Staff.Identity;

/// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> value App Service Authentication sends for an Entra ID sign-in.</summary>
internal static class EasyAuthHeader
{
    public const string Name = "X-MS-CLIENT-PRINCIPAL";

    public static string For(string email, string? objectId = null, string name = "Someone", string[]? roles = null)
    {
        var claims = new List<object>
        {
            new { typ = "preferred_username", val = email },
            new { typ = "name", val = name },
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId ?? Guid.NewGuid().ToString() },
        };
        claims.AddRange((roles ?? []).Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
