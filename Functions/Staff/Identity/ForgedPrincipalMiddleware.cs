using Serverless.Feedback.Hosting.Problems;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// Refuses any request that carries <c>X-MS-CLIENT-PRINCIPAL</c> while Easy Auth is off: without the
/// platform in front, anyone could have written that header.
/// </summary>
internal sealed class ForgedPrincipalMiddleware(RequestDelegate next, IdentityMode mode, ILogger<ForgedPrincipalMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!mode.EasyAuth && context.Request.Headers.ContainsKey(EasyAuthPrincipal.HeaderName))
        {
            logger.LogWarning("Refused a request to {Path} carrying a client principal while Easy Auth is off", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = Problem.Details(ProblemCatalogue.Forbidden, "Client principal refused: X-MS-CLIENT-PRINCIPAL is only accepted when App Service Authentication is enabled."),
            });
            return;
        }

        await next(context);
    }
}
