namespace Serverless.Feedback.Mail.Acs;

/// <summary>An ACS connection string as the portal shows it: <c>endpoint=https://name.communication.azure.com/;accesskey=BASE64</c>.</summary>
internal sealed record AcsConnectionString(Uri Endpoint, string AccessKey)
{
    public static bool TryParse(string text, out AcsConnectionString? result, out string error)
    {
        result = null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The key is base64 and may itself end in '='; only the first '=' separates.
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }

        if (!values.TryGetValue("endpoint", out var endpoint) || !IsValidEndpoint(endpoint))
        {
            error = "needs endpoint=https://... (an absolute https URL).";
            return false;
        }

        if (!values.TryGetValue("accesskey", out var key) || !IsValidKey(key))
        {
            error = "needs accesskey=... (the base64 key).";
            return false;
        }

        error = string.Empty;
        result = new AcsConnectionString(new Uri(endpoint), key);
        return true;
    }

    public static bool IsValidEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.Query);

    public static bool IsValidKey(string key)
    {
        var buffer = new byte[key.Length];
        return key.Length > 0 && Convert.TryFromBase64String(key, buffer, out var written) && written > 0;
    }
}
