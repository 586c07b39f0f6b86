using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Configuration;

namespace Serverless.Feedback.Tests.Mail.Configuration;

/// <summary>Each sender's missing or contradictory settings are reported by their configuration key.</summary>
public sealed class MailOptionsValidatorTests
{
    [Fact]
    public void Validate_NothingConfigured_PickupIsValid()
    {
        Assert.Empty(Failures([]));
    }

    [Fact]
    public void Validate_Smtp_NeedsHostAndFromAddress()
    {
        Assert.Equal(
            ["Mail:FromAddress is required when Mail:Sender is Smtp.", "Mail:Smtp:Host is required when Mail:Sender is Smtp."],
            Failures(new() { ["Mail:Sender"] = "Smtp" }));
    }

    [Fact]
    public void Validate_Smtp_PortRangeAndCredentialsTogether()
    {
        var failures = Failures(new()
        {
            ["Mail:Sender"] = "smtp",
            ["Mail:FromAddress"] = "feedback@example.com",
            ["Mail:Smtp:Host"] = "smtp.example.com",
            ["Mail:Smtp:Port"] = "70000",
            ["Mail:Smtp:UserName"] = "mailer",
            ["Mail:Smtp:TimeoutSeconds"] = "0",
        });

        Assert.Equal(
            [
                "Mail:Smtp:Port must be between 1 and 65535.",
                "Mail:Smtp:TimeoutSeconds must be between 1 and 600.",
                "Mail:Smtp:UserName and Mail:Smtp:Password go together: set both or neither.",
            ],
            failures);
    }

    [Fact]
    public void Validate_Acs_NothingButTheSender_SaysWhatToSet()
    {
        Assert.Equal(
            [
                "Mail:FromAddress is required when Mail:Sender is Acs.",
                "Mail:Sender is Acs: set Mail:Acs:ConnectionString, or Mail:Acs:Endpoint with Mail:Acs:AccessKey or Mail:Acs:UseManagedIdentity.",
            ],
            Failures(new() { ["Mail:Sender"] = "Acs" }));
    }

    [Fact]
    public void Validate_Acs_EndpointWithoutCredential()
    {
        Assert.Equal(
            ["Mail:Acs:Endpoint needs Mail:Acs:AccessKey or Mail:Acs:UseManagedIdentity=true."],
            Failures(Acs(new() { ["Mail:Acs:Endpoint"] = "https://contoso.communication.azure.com" })));
    }

    [Fact]
    public void Validate_Acs_KeyAndManagedIdentityBoth_AndHttpEndpoint()
    {
        Assert.Equal(
            [
                "Mail:Acs:Endpoint must be an absolute https URL such as https://name.communication.azure.com.",
                "Mail:Acs:AccessKey and Mail:Acs:UseManagedIdentity exclude each other: choose one.",
            ],
            Failures(Acs(new()
            {
                ["Mail:Acs:Endpoint"] = "http://contoso.communication.azure.com",
                ["Mail:Acs:AccessKey"] = "AAECAw==",
                ["Mail:Acs:UseManagedIdentity"] = "true",
            })));
    }

    [Fact]
    public void Validate_Acs_ConnectionStringWithExtrasAndBadKey()
    {
        Assert.Equal(
            [
                "Mail:Acs:ConnectionString replaces Mail:Acs:Endpoint, Mail:Acs:AccessKey and Mail:Acs:UseManagedIdentity: set it alone.",
                "Mail:Acs:ConnectionString needs accesskey=... (the base64 key).",
            ],
            Failures(Acs(new()
            {
                ["Mail:Acs:ConnectionString"] = "endpoint=https://contoso.communication.azure.com/;accesskey=%%%",
                ["Mail:Acs:Endpoint"] = "https://contoso.communication.azure.com",
            })));
    }

    [Fact]
    public void Validate_Acs_ClientIdWithoutManagedIdentityAndLimitsOutOfRange()
    {
        Assert.Equal(
            [
                "Mail:Acs:PollTimeoutSeconds must be between 1 and 3600.",
                "Mail:Acs:MaxMessageBytes must be between 1024 and 104857600.",
                "Mail:Acs:ClientId must be a GUID and is used only with Mail:Acs:UseManagedIdentity=true.",
            ],
            Failures(Acs(new()
            {
                ["Mail:Acs:Endpoint"] = "https://contoso.communication.azure.com",
                ["Mail:Acs:AccessKey"] = "AAECAw==",
                ["Mail:Acs:ClientId"] = "not-a-guid",
                ["Mail:Acs:PollTimeoutSeconds"] = "0",
                ["Mail:Acs:MaxMessageBytes"] = "10",
            })));
    }

    [Fact]
    public void Validate_Acs_ManagedIdentityWithClientId_Valid()
    {
        Assert.Empty(Failures(Acs(new()
        {
            ["Mail:Acs:Endpoint"] = "https://contoso.communication.azure.com",
            ["Mail:Acs:UseManagedIdentity"] = "true",
            ["Mail:Acs:ClientId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        })));
    }

    [Fact]
    public void Validate_BadFromAddressAndName_Reported()
    {
        Assert.Equal(
            ["Mail:FromAddress must be a plain address such as feedback@example.com.", "Mail:FromName contains a line break or another control character."],
            Failures(new() { ["Mail:FromAddress"] = "Feedback <feedback@example.com>", ["Mail:FromName"] = "Desk\r\nBcc: x@example.com" }));
    }

    [Fact]
    public void Validate_UnknownSender_Refused()
    {
        Assert.Equal(["Mail:Sender must be Pickup, Smtp or Acs."], new MailOptionsValidator().Validate(null, new MailOptions { Sender = (MailSenderKind)7 }).Failures);
    }

    private static Dictionary<string, string?> Acs(Dictionary<string, string?> settings)
    {
        settings["Mail:Sender"] = "Acs";
        settings["Mail:FromAddress"] = "feedback@example.com";
        return settings;
    }

    /// <summary>Binds the settings the way AddMail does and returns every failure message.</summary>
    private static IReadOnlyList<string> Failures(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddMail(configuration).BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return [.. exception.Failures];
        }
    }
}
