using Azure.Core;
using Azure.Identity;

namespace Serverless.Feedback.Storage.Configuration;

/// <summary>The Entra ID credential an identity-based connection asks for, per the Functions host's settings.</summary>
internal static class StorageCredentials
{
    public static TokenCredential Create(StorageOptions options)
    {
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId.Trim();
        if (string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
