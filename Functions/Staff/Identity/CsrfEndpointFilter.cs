using Microsoft.Extensions.Options;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// State-changing staff calls must come from our own pages: a same-origin <c>Origin</c> header and the
/// custom header <c>X-Requested-With</c>, which a cross-site form or image cannot send.
/// </summary>
internal sealed class CsrfEndpointFilter(IOptions<IdentityOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Requested-With";
    public const string HeaderValue = "serverless-feedback";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return await next(context);
        }

        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        var originOk = string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || options.Value.TrustedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
        var headerOk = string.Equals(request.Headers[HeaderName].ToString(), HeaderValue, StringComparison.Ordinal);
        if (!originOk || !headerOk)
        {
            return TypedResults.Problem(
                title: "Cross-site request refused.",
                detail: $"State-changing calls need a same-origin Origin header and '{HeaderName}: {HeaderValue}'.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
