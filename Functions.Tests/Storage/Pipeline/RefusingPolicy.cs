using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Tests.Storage.Pipeline;

/// <summary>
/// While armed, sends each attempt to a loopback port that is bound but not listening, so it fails exactly as a
/// stopped storage service fails (connection refused, at once); counts every attempt either way.
/// </summary>
internal sealed class RefusingPolicy : HttpPipelinePolicy, IDisposable
{
    private readonly Socket _closedPort = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private int _toRefuse;
    private int _attempts;

    public RefusingPolicy() => _closedPort.Bind(new IPEndPoint(IPAddress.Loopback, 0));

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Refuses the next <paramref name="attempts"/> attempts and resets the count.</summary>
    public void Refuse(int attempts)
    {
        Volatile.Write(ref _toRefuse, attempts);
        Volatile.Write(ref _attempts, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Decrement(ref _toRefuse) < 0)
        {
            Interlocked.Increment(ref _toRefuse);
            await ProcessNextAsync(message, pipeline);
            return;
        }

        var original = message.Request.Uri.ToUri();
        message.Request.Uri.Port = ((IPEndPoint)_closedPort.LocalEndPoint!).Port;
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            message.Request.Uri.Reset(original);
        }
    }

    public void Dispose() => _closedPort.Dispose();
}
