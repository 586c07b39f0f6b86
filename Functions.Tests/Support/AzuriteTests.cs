using System.Net.Sockets;

namespace Serverless.Feedback.Tests.Support;

[Trait(TestKind.Name, TestKind.Storage)]
public sealed class AzuriteTests
{
    [Fact]
    public async Task Shared_Started_ListensOnAllThreeServices()
    {
        var azurite = await Azurite.Shared;

        foreach (var port in new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort })
        {
            using var client = new TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            Assert.True(client.Connected);
        }
    }
}
