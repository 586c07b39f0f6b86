using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>
/// One log line per attempt: storage calls are the app's main I/O, and a retried or slow call should be
/// visible in the app's own logs, not only through Azure.Core's event source. The query string is left out.
/// </summary>
internal sealed class StorageLoggingPolicy(ILogger logger) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: true);

    private async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (async)
            {
                await ProcessNextAsync(message, pipeline);
            }
            else
            {
                ProcessNext(message, pipeline);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Storage {Method} {Host}{Path} failed after {ElapsedMs} ms", message.Request.Method.Method, message.Request.Uri.Host, message.Request.Uri.Path, Elapsed(started));
            throw;
        }

        var status = message.Response.Status;
        var level = status is 408 or 429 or >= 500 ? LogLevel.Warning : LogLevel.Debug;
        if (logger.IsEnabled(level))
        {
            logger.Log(level, "Storage {Method} {Host}{Path} answered {Status} in {ElapsedMs} ms", message.Request.Method.Method, message.Request.Uri.Host, message.Request.Uri.Path, status, Elapsed(started));
        }
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
