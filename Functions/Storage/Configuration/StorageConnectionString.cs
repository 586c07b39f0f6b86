namespace Serverless.Feedback.Storage.Configuration;

/// <summary>Parses the account-key connection strings the Azure portal and Azurite hand out.</summary>
internal static class StorageConnectionString
{
    public static StorageAccount Parse(string connectionString)
    {
        var settings = Split(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var isDevelopment) && isDevelopment)
        {
            return Development(settings.GetValueOrDefault("DevelopmentStorageProxyUri"));
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw new FormatException("The 'Storage' connection string uses a shared access signature, which is not supported; use an account key or identity-based settings.");
        }

        var accountName = Required(settings, "AccountName");
        var key = Required(settings, "AccountKey");
        var keyBytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, keyBytes, out var keyLength))
        {
            throw new FormatException("The 'Storage' connection string has an AccountKey that is not Base64.");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        Uri Endpoint(string name, string service) => settings.TryGetValue(name, out var explicitEndpoint)
            ? StorageAccount.Normalize(ToUri(explicitEndpoint, name), name)
            : ToUri($"{protocol}://{accountName}.{service}.{suffix}", name);

        return new StorageAccount(
            Endpoint("TableEndpoint", "table"),
            Endpoint("QueueEndpoint", "queue"),
            Endpoint("BlobEndpoint", "blob"),
            accountName,
            keyBytes[..keyLength]);
    }

    private static StorageAccount Development(string? proxy)
    {
        var proxyUri = proxy is null ? null : ToUri(proxy, "DevelopmentStorageProxyUri");
        var host = proxyUri is null ? "http://127.0.0.1" : $"{proxyUri.Scheme}://{proxyUri.Host}";
        Uri Endpoint(int port) => new($"{host}:{port}/{StorageAccount.DevelopmentAccountName}");
        return new StorageAccount(Endpoint(10002), Endpoint(10001), Endpoint(10000), StorageAccount.DevelopmentAccountName, Convert.FromBase64String(StorageAccount.DevelopmentAccountKey));
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Keys are Base64 and end in '=': only the first '=' separates name from value.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException("The 'Storage' connection string is not a list of name=value pairs separated by ';'.");
            }

            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The 'Storage' connection string has no {name}; expected 'DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...' or 'UseDevelopmentStorage=true'.");

    private static Uri ToUri(string value, string name) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"The 'Storage' connection string has a {name} that is not an absolute URI.");
}
