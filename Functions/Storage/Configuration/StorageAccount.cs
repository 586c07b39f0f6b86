namespace Serverless.Feedback.Storage.Configuration;

/// <summary>
/// Where the three services live and how to authenticate: with the account key (connection strings,
/// Azurite) or, when <see cref="AccountKey"/> is null, with Entra ID tokens.
/// </summary>
internal sealed record StorageAccount(Uri TableEndpoint, Uri QueueEndpoint, Uri BlobEndpoint, string? AccountName, byte[]? AccountKey)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public bool UsesSharedKey => AccountKey is not null;

    /// <summary>Resolves the options; throws <see cref="FormatException"/> with a message fit for a person.</summary>
    public static StorageAccount FromOptions(StorageOptions options)
    {
        if (!options.IsIdentityBased)
        {
            return StorageConnectionString.Parse(options.ConnectionString!);
        }

        var accountName = string.IsNullOrWhiteSpace(options.AccountName) ? null : options.AccountName.Trim();
        if (accountName is null && options.TableServiceUri is null && options.QueueServiceUri is null && options.BlobServiceUri is null)
        {
            throw new FormatException(
                "No storage connection is configured. Set 'Storage' to a connection string (for local development " +
                "'UseDevelopmentStorage=true'), or for identity-based access set 'Storage:accountName', or all of " +
                "'Storage:tableServiceUri', 'Storage:queueServiceUri' and 'Storage:blobServiceUri' " +
                "(environment variables 'Storage__accountName' and so on).");
        }

        return new StorageAccount(
            ServiceUri(options.TableServiceUri, accountName, "table"),
            ServiceUri(options.QueueServiceUri, accountName, "queue"),
            ServiceUri(options.BlobServiceUri, accountName, "blob"),
            accountName,
            AccountKey: null);
    }

    /// <summary>Endpoints without a trailing slash, so request paths append uniformly.</summary>
    internal static Uri Normalize(Uri endpoint, string setting)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException($"'{setting}' must be an absolute http or https URI.");
        }

        return new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    private static Uri ServiceUri(Uri? configured, string? accountName, string service)
    {
        var setting = $"Storage:{service}ServiceUri";
        if (configured is not null)
        {
            return Normalize(configured, setting);
        }

        return accountName is not null
            ? new Uri($"https://{accountName}.{service}.core.windows.net")
            : throw new FormatException($"'{setting}' is not set; set it or 'Storage:accountName' to derive it.");
    }
}
