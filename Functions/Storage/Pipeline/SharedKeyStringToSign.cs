using System.Text;
using Azure.Core;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>
/// The strings the Shared Key scheme signs. The canonicalized resource is <c>/{account}{encoded path}</c>
/// in both URL styles: for host-style accounts the path starts at the resource, for path-style endpoints
/// (Azurite, <c>http://127.0.0.1:10000/devstoreaccount1</c>) it already begins with the account name,
/// which then appears twice, exactly as the emulator expects.
/// </summary>
internal static class SharedKeyStringToSign
{
    /// <summary>Blob and Queue: verb, standard headers, canonicalized x-ms-* headers, resource with all query parameters.</summary>
    public static string ForBlobOrQueue(Request request, string accountName)
    {
        var builder = new StringBuilder(256);
        builder.Append(request.Method.Method).Append('\n');
        builder.Append(Header(request, "Content-Encoding")).Append('\n');
        builder.Append(Header(request, "Content-Language")).Append('\n');
        builder.Append(ContentLength(request)).Append('\n');
        builder.Append(Header(request, "Content-MD5")).Append('\n');
        builder.Append(Header(request, "Content-Type")).Append('\n');
        builder.Append('\n'); // Date: x-ms-date stands in for it
        builder.Append(Header(request, "If-Modified-Since")).Append('\n');
        builder.Append(Header(request, "If-Match")).Append('\n');
        builder.Append(Header(request, "If-None-Match")).Append('\n');
        builder.Append(Header(request, "If-Unmodified-Since")).Append('\n');
        builder.Append(Header(request, "Range")).Append('\n');
        AppendCanonicalizedHeaders(builder, request);
        builder.Append('/').Append(accountName).Append(request.Uri.Path);
        AppendCanonicalizedQuery(builder, request.Uri.Query);
        return builder.ToString();
    }

    /// <summary>Table ("Shared Key for Table"): verb, Content-MD5, Content-Type, date, resource with only <c>comp</c>.</summary>
    public static string ForTable(Request request, string accountName)
    {
        var builder = new StringBuilder(128);
        builder.Append(request.Method.Method).Append('\n');
        builder.Append(Header(request, "Content-MD5")).Append('\n');
        builder.Append(Header(request, "Content-Type")).Append('\n');
        builder.Append(Header(request, "x-ms-date")).Append('\n');
        builder.Append('/').Append(accountName).Append(request.Uri.Path);
        foreach (var (name, value) in QueryParameters(request.Uri.Query))
        {
            if (name == "comp")
            {
                builder.Append("?comp=").Append(value);
                break;
            }
        }

        return builder.ToString();
    }

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : "";

    private static string ContentLength(Request request) =>
        request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
            ? length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "";

    private static void AppendCanonicalizedHeaders(StringBuilder builder, Request request)
    {
        var headers = new List<(string Name, string Value)>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                headers.Add((header.Name.ToLowerInvariant(), header.Value.Trim()));
            }
        }

        headers.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static void AppendCanonicalizedQuery(StringBuilder builder, string query)
    {
        var parameters = QueryParameters(query)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            builder.Append('\n').Append(group.Key).Append(':')
                .AppendJoin(',', group.Select(p => p.Value).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Names lowercased, values decoded, as the canonical forms require.</summary>
    private static IEnumerable<(string Name, string Value)> QueryParameters(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(name).ToLowerInvariant(), Uri.UnescapeDataString(value));
        }
    }
}
