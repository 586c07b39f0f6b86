using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Bench.Deadlines;

/// <summary>
/// Counts every HTTP request storage receives (each page of a query, each retry) for the counter of the call that
/// is running in this flow; <see cref="CountingTableServiceClient"/> sets that counter around each call.
/// </summary>
internal sealed class RequestCountingPolicy : HttpPipelinePolicy
{
    private static readonly AsyncLocal<Action?> CurrentCounter = new();

    /// <summary>Counts the requests made from here on in this flow with <paramref name="count"/>.</summary>
    public static void CountWith(Action count) => CurrentCounter.Value = count;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        CurrentCounter.Value?.Invoke();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        CurrentCounter.Value?.Invoke();
        return ProcessNextAsync(message, pipeline);
    }
}
