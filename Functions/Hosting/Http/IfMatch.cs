using Azure;

namespace Serverless.Feedback.Hosting.Http;

/// <summary>
/// The one version a staff change was made against, from <c>If-Match</c>. <c>*</c> ("any version") and lists are not
/// versions: storage would take <c>*</c> as "overwrite whatever is there", the very loss the header is there to stop.
/// </summary>
internal static class IfMatch
{
    public static bool TryRead(HttpRequest request, out ETag etag)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        etag = new ETag(header);
        return header.Length > 0 && header != "*" && !header.Contains(',', StringComparison.Ordinal);
    }
}
