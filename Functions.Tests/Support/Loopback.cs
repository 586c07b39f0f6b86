using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Feedback.Tests.Support;

/// <summary>Ports on 127.0.0.1 for the servers the tests start, and waiting until such a server listens.</summary>
internal static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls until <paramref name="port"/> accepts a connection; fails at once when the server has exited.</summary>
    public static async Task WaitUntilListeningAsync(Process server, string name, int port, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {server.ExitCode} before listening on {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                // Not listening yet: a server lays out its store and binds each service in turn.
                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
