using Serverless.Feedback.Mail.Acs;

namespace Serverless.Feedback.Tests.Mail.Acs;

public sealed class AcsConnectionStringTests
{
    [Fact]
    public void TryParse_PortalForm_EndpointAndKeyWithTrailingEquals()
    {
        Assert.True(AcsConnectionString.TryParse("endpoint=https://contoso.communication.azure.com/;accesskey=AAECAw==", out var parsed, out _));

        Assert.Equal(new Uri("https://contoso.communication.azure.com/"), parsed!.Endpoint);
        Assert.Equal("AAECAw==", parsed.AccessKey);
    }

    [Theory]
    [InlineData("accesskey=AAECAw==", "endpoint")]
    [InlineData("endpoint=http://contoso.communication.azure.com/;accesskey=AAECAw==", "endpoint")]
    [InlineData("endpoint=https://contoso.communication.azure.com/", "accesskey")]
    [InlineData("endpoint=https://contoso.communication.azure.com/;accesskey=not base64!", "accesskey")]
    public void TryParse_MissingOrBadPart_SaysWhich(string text, string missing)
    {
        Assert.False(AcsConnectionString.TryParse(text, out _, out var error));

        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public void OperationId_SameMailId_SameUuidVersion8()
    {
        var first = AcsOperationId.For("receipt-FB-2026-0001");

        Assert.Equal(first, AcsOperationId.For("receipt-FB-2026-0001"));
        Assert.NotEqual(first, AcsOperationId.For("receipt-FB-2026-0002"));
        Assert.Equal('8', first[14]);
        Assert.Contains(first[19], "89ab");
    }
}
