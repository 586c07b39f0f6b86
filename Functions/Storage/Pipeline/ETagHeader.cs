using Azure;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>
/// ETags travel exactly as the service sent them (weak table ETags include <c>W/"datetime'…'"</c>);
/// only a bare value a caller made up gets the quotes the header grammar needs.
/// </summary>
internal static class ETagHeader
{
    public static string Format(ETag etag)
    {
        var value = etag.ToString();
        if (value.Length == 0)
        {
            throw new ArgumentException("An empty ETag cannot be used as a condition; pass ETag.All to match any version.", nameof(etag));
        }

        return value == "*" || value.StartsWith('"') || value.StartsWith("W/\"", StringComparison.Ordinal) ? value : $"\"{value}\"";
    }

    public static ETag From(Azure.Response response) =>
        response.Headers.TryGetValue("ETag", out var value) ? new ETag(value) : default;
}
