using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;

namespace Serverless.Feedback.Tests.Hosting.Worker.StandIn;

/// <summary>
/// The host's end of the worker's <c>EventStream</c>: one stream per worker, opened by the worker with
/// <c>StartStream</c>. Requests go out with a fresh request id and are answered by the response that echoes it;
/// logs the worker sends on its own are kept.
/// </summary>
internal sealed class WorkerStream : FunctionRpc.FunctionRpcBase
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource<StartStream> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<RpcLog> _logs = new();

    /// <summary>Completes when the worker has connected and said who it is.</summary>
    public Task<StartStream> Started => _started.Task;

    public IReadOnlyCollection<RpcLog> Logs => _logs;

    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        if (!await requestStream.MoveNext(context.CancellationToken) || requestStream.Current.StartStream is not { } start)
        {
            throw new Grpc.Core.RpcException(new Status(StatusCode.FailedPrecondition, "A worker opens its stream with StartStream."));
        }

        if (!_started.TrySetResult(start))
        {
            throw new Grpc.Core.RpcException(new Status(StatusCode.AlreadyExists, "This host serves one worker."));
        }

        var writing = WriteAllAsync(responseStream, context.CancellationToken);
        try
        {
            await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
            {
                Receive(message);
            }
        }
        finally
        {
            _outbound.Writer.TryComplete();
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new IOException("The worker closed its stream before answering."));
            }
        }

        await writing;
    }

    /// <summary>Sends a request and waits for the worker's answer to it.</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage request, CancellationToken cancellationToken)
    {
        request.RequestId = Guid.NewGuid().ToString();
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.RequestId] = answer;
        try
        {
            await _outbound.Writer.WriteAsync(request, cancellationToken);
            return await answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _pending.TryRemove(request.RequestId, out _);
        }
    }

    /// <summary>Sends a message the worker does not answer (a terminate).</summary>
    public bool TrySend(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    private void Receive(StreamingMessage message)
    {
        if (message.RpcLog is { } log)
        {
            _logs.Enqueue(log);
        }
        else if (_pending.TryGetValue(message.RequestId, out var answer))
        {
            answer.TrySetResult(message);
        }
    }

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> responseStream, CancellationToken cancellationToken)
    {
        await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken))
        {
            await responseStream.WriteAsync(message, cancellationToken);
        }
    }
}
