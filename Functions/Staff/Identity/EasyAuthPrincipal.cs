using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// The principal App Service Authentication (Easy Auth) puts in <c>X-MS-CLIENT-PRINCIPAL</c>: Base64 JSON
/// with the identity provider and the token's claims. Only meaningful when the platform says Easy Auth is on.
/// </summary>
internal sealed record EasyAuthPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType,
    [property: JsonPropertyName("claims")] IReadOnlyList<EasyAuthClaim>? Claims)
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string TenantIdClaim = "http://schemas.microsoft.com/identity/claims/tenantid";

    public string? ObjectId => Claim(ObjectIdClaim) ?? Claim("oid");

    /// <summary>The tenant that issued the token: its <c>tid</c> claim, else the tenant in the v2.0 issuer URL.</summary>
    public string? TenantId => Claim(TenantIdClaim) ?? Claim("tid") ?? IssuerTenant(Claim("iss"));

    public string? Email => Claim("preferred_username") ?? Claim("email") ?? Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress") ?? Claim("upn");

    public string? Name => Claim("name") ?? (NameClaimType is null ? null : Claim(NameClaimType));

    public static EasyAuthPrincipal? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(header));
            return JsonSerializer.Deserialize<EasyAuthPrincipal>(json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? IssuerTenant(string? issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Segments is [_, var tenant, ..] && Guid.TryParse(tenant.TrimEnd('/'), out var id)
            ? id.ToString()
            : null;

    private string? Claim(string type) =>
        Claims?.FirstOrDefault(c => c is not null && string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase))?.Value;
}

internal sealed record EasyAuthClaim([property: JsonPropertyName("typ")] string Type, [property: JsonPropertyName("val")] string Value);
