using Microsoft.Extensions.Options;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.Staff.Identity;

/// <summary>
/// State-changing staff calls must come from our own pages: an <c>Origin</c> header naming this app and the
/// custom header <c>X-Requested-With</c>, which a cross-site form or image cannot send.
/// </summary>
/// <remarks>
/// "This app" is the public address customers and staff use (<c>PublicSite:BaseUrl</c>) or the request's own
/// scheme and host. Behind the platform's TLS front end the Functions host hands the request to the worker over
/// plain HTTP and the worker applies the host's forwarded headers, so the request may look like <c>http</c> while
/// the browser says <c>https</c>; the configured address covers that without trusting any header a client sends.
/// </remarks>
internal sealed class CsrfEndpointFilter(IOptions<IdentityOptions> options, IOptions<PublicSiteOptions> publicSite) : IEndpointFilter
{
    public const string HeaderName = "X-Requested-With";
    public const string HeaderValue = "serverless-feedback";

    private readonly string _publicOrigin = OriginOf(publicSite.Value.BaseUrl);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return await next(context);
        }

        var origin = request.Headers.Origin.ToString();
        var originOk = origin.Length > 0 && (
            string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || string.Equals(origin, _publicOrigin, StringComparison.OrdinalIgnoreCase)
            || options.Value.TrustedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));
        var headerOk = string.Equals(request.Headers[HeaderName].ToString(), HeaderValue, StringComparison.Ordinal);
        if (!originOk || !headerOk)
        {
            return Problem.Forbidden($"Cross-site request refused: state-changing calls need a same-origin Origin header and '{HeaderName}: {HeaderValue}'.");
        }

        return await next(context);
    }

    /// <summary>Scheme, host and a non-default port, as a browser writes <c>Origin</c>.</summary>
    private static string OriginOf(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
}
