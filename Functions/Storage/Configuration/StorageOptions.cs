using System.ComponentModel.DataAnnotations;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Configuration;

/// <summary>
/// The connection named <c>Storage</c>, read the way the Functions host reads its connections: either the
/// value <c>Storage</c> is a connection string, or the section <c>Storage</c> holds identity-based settings
/// (<c>Storage__tableServiceUri</c> and friends as environment variables).
/// </summary>
internal sealed class StorageOptions : IValidatableObject
{
    public const string ConnectionName = "Storage";

    /// <summary>The value of <c>Storage</c> itself when it is a connection string.</summary>
    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    /// <summary>Derives the three service URIs as <c>https://{accountName}.{service}.core.windows.net</c>.</summary>
    [RegularExpression("^[a-z0-9]{3,24}$", ErrorMessage = "Storage:accountName must be 3-24 lowercase letters and digits.")]
    public string? AccountName { get; set; }

    /// <summary><c>managedidentity</c> for ManagedIdentityCredential; unset means DefaultAzureCredential.</summary>
    [RegularExpression("^(?i:managedidentity)$", ErrorMessage = "Storage:credential must be 'managedidentity' or unset.")]
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>How often a request that failed for want of an answer (or a 5xx, 408, 429) is repeated, with exponential back-off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = StorageRetry.Default.MaxRetries;

    /// <summary>The first back-off; each further one doubles, up to 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = StorageRetry.Default.Delay;

    public bool IsIdentityBased => string.IsNullOrWhiteSpace(ConnectionString);

    public static void Bind(IConfiguration configuration, StorageOptions options)
    {
        var section = configuration.GetSection(ConnectionName);
        options.ConnectionString = section.Value;
        section.Bind(options);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? error;
        try
        {
            _ = StorageAccount.FromOptions(this);
            error = null;
        }
        catch (FormatException e)
        {
            error = e.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult(error, [nameof(ConnectionString)]);
        }
    }
}
