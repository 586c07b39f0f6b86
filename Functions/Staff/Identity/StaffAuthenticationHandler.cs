using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Hosting.Problems;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// Authenticates staff: in Azure from the Easy Auth principal (only when the platform says Easy Auth is on),
/// on a developer's machine from the development sign-in cookie. Either way the person must be an active
/// member of the staff directory; roles and department come from there, never from the token.
/// </summary>
internal sealed class StaffAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffDirectory directory,
    StaffSignIn signIn,
    IdentityMode mode,
    FirstAdministrator firstAdministrator,
    IDataProtectionProvider dataProtection)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string DevCookie = "sf-dev-user";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(EasyAuthPrincipal.HeaderName, out var header))
        {
            // The forged-header middleware has already refused the header unless Easy Auth is on.
            var principal = EasyAuthPrincipal.Parse(header);
            if (principal is null)
            {
                return AuthenticateResult.Fail("The Easy Auth principal could not be read.");
            }

            var member = await signIn.FindAsync(principal, Context.RequestAborted)
                ?? await firstAdministrator.TryAddAsync(principal, Context.RequestAborted);
            return Ticket(member, "EasyAuth", principal.Email ?? principal.ObjectId);
        }

        if (mode.DevelopmentSignIn && Request.Cookies.TryGetValue(DevCookie, out var cookie))
        {
            string id;
            try
            {
                id = Protector(dataProtection).Unprotect(cookie);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return AuthenticateResult.Fail("The development sign-in cookie is not valid.");
            }

            var found = await directory.GetAsync(id, Context.RequestAborted);
            return Ticket(found?.Member, "DevelopmentSignIn", id);
        }

        return AuthenticateResult.NoResult();
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(ProblemCatalogue.SignInFirst, mode.DevelopmentSignIn ? "Development sign-in: /dev/sign-in" : "Sign in through the company account.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(ProblemCatalogue.Forbidden, "Your role does not allow this.");

    internal static IDataProtector Protector(IDataProtectionProvider provider) => provider.CreateProtector("Serverless.Feedback.DevelopmentSignIn");

    private AuthenticateResult Ticket(StaffMember? member, string type, string? who)
    {
        if (member is not { Active: true })
        {
            Logger.LogWarning("Sign-in refused for {Who}: not an active member of the staff directory", who);
            return AuthenticateResult.Fail("You are not an active member of the staff directory.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(StaffClaims.ToPrincipal(member, type), StaffClaims.Scheme));
    }

    private async Task WriteProblemAsync(ProblemKind kind, string detail)
    {
        var failure = (await Context.AuthenticateAsync(StaffClaims.Scheme)).Failure?.Message;
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        Response.StatusCode = kind.Status;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = Problem.Details(kind, failure ?? detail) });
    }
}

/// <summary>Which sign-in methods are in force, decided once at start-up.</summary>
internal sealed class IdentityMode(IConfiguration configuration, AppEnvironment environment, IOptions<IdentityOptions> options)
{
    /// <summary>App Service Authentication fronts the app; only then is <c>X-MS-CLIENT-PRINCIPAL</c> trustworthy.</summary>
    public bool EasyAuth { get; } = string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "True", StringComparison.OrdinalIgnoreCase);

    /// <summary>Never beside Easy Auth: a deployment with the platform's sign-in has no other way in.</summary>
    public bool DevelopmentSignIn { get; } = options.Value.DevelopmentSignIn && environment.AllowsDevelopmentFeatures
        && !string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "True", StringComparison.OrdinalIgnoreCase);
}
