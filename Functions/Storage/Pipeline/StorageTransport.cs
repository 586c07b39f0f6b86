using Azure.Core.Pipeline;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>The one HTTP connection pool all storage clients share.</summary>
internal static class StorageTransport
{
    public static HttpClientTransport Create() => new(CreateHandler());

    internal static SocketsHttpHandler CreateHandler() => new()
    {
        // Queue pollers, blob uploads and table batches run side by side against three endpoints.
        MaxConnectionsPerServer = 256,
        // Azurite closes idle keep-alive connections after 5 s; dropping ours first avoids sending into a closing socket.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };
}
