using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Tests.Support;

/// <summary>Every request the app sends to storage (each attempt), as "METHOD service/path", while recording.</summary>
internal sealed class StorageRequestLog : HttpPipelinePolicy
{
    private readonly List<string> _requests = [];
    private volatile bool _recording;

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Records what <paramref name="action"/> makes the app send.</summary>
    public async Task<IReadOnlyList<string>> RecordAsync(Func<Task> action)
    {
        lock (_requests)
        {
            _requests.Clear();
        }

        _recording = true;
        try
        {
            await action();
        }
        finally
        {
            _recording = false;
        }

        return Requests;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        if (!_recording)
        {
            return;
        }

        var uri = message.Request.Uri.ToUri();
        lock (_requests)
        {
            _requests.Add($"{message.Request.Method} {uri.Port switch { _ => uri.AbsolutePath }}");
        }
    }
}
