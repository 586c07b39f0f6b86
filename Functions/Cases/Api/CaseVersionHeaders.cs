namespace Serverless.Feedback.Cases.Api;

/// <summary>The case version a staff change was made against, as <c>If-Match</c> and <c>ETag</c> carry it.</summary>
internal static class CaseVersionHeaders
{
    /// <summary>Reads <c>If-Match: "7"</c> (the case version, as the detail's ETag gives it).</summary>
    public static bool TryRead(HttpRequest request, out int version)
    {
        version = 0;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version) && version > 0;
    }

    public static string ETagFor(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
}
