using System.Net;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// Development sign-in: pick a person from the staff directory. Mapped only when <see cref="IdentityMode.DevelopmentSignIn"/>
/// is on, which start-up refuses in Azure or outside Development.
/// </summary>
internal static class DevSignInEndpoints
{
    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IdentityMode>().DevelopmentSignIn)
        {
            return app;
        }

        var group = app.MapGroup("/dev").WithMetadata(new LocalOnlyEndpointAttribute()).DisableAntiforgery();
        group.MapGet("/sign-in", ShowPeopleAsync);
        group.MapPost("/sign-in", SignInAsync);
        group.MapPost("/sign-out", SignOut);
        return app;
    }

    private static async Task<ContentHttpResult> ShowPeopleAsync(StaffDirectory directory, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Development sign-in</title>")
            .Append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").Append(PublicAssets.IconUrl).Append("\">")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}button{display:block;width:100%;margin:.3rem 0;padding:.6rem;text-align:left;font-size:1rem}</style></head><body>")
            .Append("<h1>Development sign-in</h1><p>Choose who you are. This page exists only in Development.</p>");
        foreach (var member in (await directory.ListAsync(cancellationToken)).Where(m => m.Active))
        {
            html.Append("<form method=\"post\" action=\"/dev/sign-in\"><input type=\"hidden\" name=\"id\" value=\"").Append(WebUtility.HtmlEncode(member.Id)).Append("\">")
                .Append("<button type=\"submit\">").Append(WebUtility.HtmlEncode(member.Name)).Append(" — ")
                .Append(WebUtility.HtmlEncode(string.Join(", ", member.Roles))).Append(" · ").Append(WebUtility.HtmlEncode(member.Department ?? "")).Append("</button></form>");
        }

        html.Append("</body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignInAsync(
        HttpContext context, StaffDirectory directory, IDataProtectionProvider dataProtection)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (await directory.GetAsync(id, context.RequestAborted) is not { Member.Active: true })
        {
            return Problem.Invalid($"'{id}' is not an active member of the staff directory.");
        }

        context.Response.Cookies.Append(
            StaffAuthenticationHandler.DevCookie,
            StaffAuthenticationHandler.Protector(dataProtection).Protect(id),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
        return TypedResults.Redirect("/console/");
    }

    private static RedirectHttpResult SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(StaffAuthenticationHandler.DevCookie, new CookieOptions { Path = "/" });
        return TypedResults.Redirect("/dev/sign-in");
    }
}

/// <summary>Marks endpoints that exist only on a developer's machine (no function routes to them in Azure).</summary>
internal sealed class LocalOnlyEndpointAttribute : Attribute;
