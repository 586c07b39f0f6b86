using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Configuration;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class StorageConfigurationTests
{
    [Fact]
    public void FromOptions_UseDevelopmentStorage_PointsAtAzuriteWithWellKnownKey()
    {
        var account = Resolve(new() { ["Storage"] = "UseDevelopmentStorage=true" });

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.Equal(Convert.FromBase64String(StorageAccount.DevelopmentAccountKey), account.AccountKey);
    }

    [Fact]
    public void FromOptions_FullConnectionStringWithEndpoints_UsesExplicitEndpoints()
    {
        var account = Resolve(new()
        {
            ["Storage"] = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5a2V5a2V5;EndpointSuffix=core.chinacloudapi.cn;" +
                          "TableEndpoint=https://tables.example.test/;QueueEndpoint=https://queues.example.test",
        });

        Assert.Equal(new Uri("https://tables.example.test"), account.TableEndpoint);
        Assert.Equal(new Uri("https://queues.example.test"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://acme.blob.core.chinacloudapi.cn"), account.BlobEndpoint);
        Assert.Equal("keykeykey"u8.ToArray(), account.AccountKey);
    }

    [Fact]
    public void FromOptions_AccountNameOnly_DerivesServiceUrisForTokens()
    {
        var account = Resolve(new() { ["Storage:accountName"] = "acme", ["Storage:credential"] = "managedidentity" });

        Assert.Equal(new Uri("https://acme.table.core.windows.net"), account.TableEndpoint);
        Assert.Equal(new Uri("https://acme.queue.core.windows.net"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://acme.blob.core.windows.net"), account.BlobEndpoint);
        Assert.False(account.UsesSharedKey);
    }

    [Fact]
    public void FromOptions_ServiceUris_TakesEachAsGiven()
    {
        var account = Resolve(new()
        {
            ["Storage:tableServiceUri"] = "https://acme.table.core.windows.net/",
            ["Storage:queueServiceUri"] = "https://acme.queue.core.windows.net",
            ["Storage:blobServiceUri"] = "https://acme.blob.core.windows.net",
        });

        Assert.Equal(new Uri("https://acme.table.core.windows.net"), account.TableEndpoint);
        Assert.Null(account.AccountKey);
    }

    [Fact]
    public void Create_ManagedIdentityWithClientId_IsManagedIdentityCredential()
    {
        var options = Bind(new() { ["Storage:accountName"] = "acme", ["Storage:credential"] = "managedidentity", ["Storage:clientId"] = "00000000-0000-0000-0000-000000000001" });

        Assert.IsType<ManagedIdentityCredential>(StorageCredentials.Create(options));
    }

    [Fact]
    public void Create_NoCredentialSetting_IsDefaultAzureCredential()
    {
        var options = Bind(new() { ["Storage:accountName"] = "acme" });

        Assert.IsType<DefaultAzureCredential>(StorageCredentials.Create(options));
    }

    [Fact]
    public void AddStorage_NothingConfigured_FailsStartValidationWithClearMessage()
    {
        using var services = Services(new());

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("No storage connection is configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseDevelopmentStorage=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountName=acme", "has no AccountKey")]
    [InlineData("AccountName=acme;AccountKey=not base64!", "not Base64")]
    [InlineData("AccountName=acme;SharedAccessSignature=sv=2020", "shared access signature")]
    [InlineData("just text", "name=value pairs")]
    public void AddStorage_BrokenConnectionString_FailsStartValidationNamingTheProblem(string connectionString, string expected)
    {
        using var services = Services(new() { ["Storage"] = connectionString });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_UnknownCredentialKind_FailsStartValidation()
    {
        using var services = Services(new() { ["Storage:accountName"] = "acme", ["Storage:credential"] = "password" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Storage:credential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_DevelopmentStorage_ResolvesEachServiceClientAsOneSingleton()
    {
        using var services = Services(new() { ["Storage"] = "UseDevelopmentStorage=true" });

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Same(services.GetRequiredService<ITableServiceClient>(), services.GetRequiredService<ITableServiceClient>());
        Assert.IsType<SdkQueueServiceClient>(services.GetRequiredService<IQueueServiceClient>());
        Assert.IsType<SdkBlobServiceClient>(services.GetRequiredService<IBlobServiceClient>());
    }

    private static StorageAccount Resolve(Dictionary<string, string?> settings) => StorageAccount.FromOptions(Bind(settings));

    private static StorageOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new StorageOptions();
        StorageOptions.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options);
        return options;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
    }
}
