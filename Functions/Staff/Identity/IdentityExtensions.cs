using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Staff.Identity;

internal static class IdentityExtensions
{
    public const string StaffPolicy = "staff";
    public const string AdministratorPolicy = "administrator";

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services)
    {
        services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<IdentityOptions>, DevelopmentSignInGuard>();
        services.AddSingleton<IdentityMode>();
        services.AddStorageLayout(tables: [StaffDirectory.TableName]);
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<FirstAdministrator>();
        services.AddDataProtection();
        services.AddAuthentication(StaffClaims.Scheme)
            .AddScheme<AuthenticationSchemeOptions, StaffAuthenticationHandler>(StaffClaims.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.StaffId))
            .AddPolicy(AdministratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.Administrator)));
        services.AddSingleton<CsrfEndpointFilter>();
        return services;
    }

    public static IApplicationBuilder UseStaffIdentity(this IApplicationBuilder app) =>
        app.UseMiddleware<ForgedPrincipalMiddleware>().UseAuthentication().UseAuthorization();

    /// <summary>Refuses to start with development sign-in switched on in Azure or outside Development.</summary>
    private sealed class DevelopmentSignInGuard(AppEnvironment environment) : IValidateOptions<IdentityOptions>
    {
        public ValidateOptionsResult Validate(string? name, IdentityOptions options) =>
            options.DevelopmentSignIn && !environment.AllowsDevelopmentFeatures
                ? ValidateOptionsResult.Fail("Identity:DevelopmentSignIn may only be on in the Development environment and never in Azure (WEBSITE_SITE_NAME is set or the environment is not Development).")
                : ValidateOptionsResult.Success;
    }
}
