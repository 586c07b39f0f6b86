using System.ComponentModel.DataAnnotations;

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
