using System.Text;
using System.Text.Json;

namespace Serverless.Feedback.Tests.Staff.Identity;

/// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> value App Service Authentication sends for an Entra ID sign-in.</summary>
internal static class EasyAuthHeader
{
    public const string Name = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The company's Entra tenant in these tests (what <c>Identity:TenantId</c> says).</summary>
    public const string Tenant = "5b1f3c52-8d0e-4a4b-9d61-2f8a7c3e9b10";

    /// <summary>The settings of an app behind App Service Authentication in the company's tenant.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = "True", ["Identity:TenantId"] = Tenant };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string For(string email, string? objectId = null, string name = "Someone", string[]? roles = null, string? tenant = Tenant)
    {
        var claims = new List<object>
        {
            new { typ = "preferred_username", val = email },
            new { typ = "name", val = name },
            new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId ?? Guid.NewGuid().ToString() },
        };
        if (tenant is not null)
        {
            claims.Add(new { typ = "http://schemas.microsoft.com/identity/claims/tenantid", val = tenant });
        }

        claims.AddRange((roles ?? []).Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
