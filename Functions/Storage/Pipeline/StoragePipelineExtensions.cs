using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Storage.Pipeline;

internal static class StoragePipelineExtensions
{
    /// <summary>Sends and returns the (buffered) response; the caller still owns and disposes the message.</summary>
    public static async ValueTask<Response> SendRequestAsync(this HttpPipeline pipeline, HttpMessage message, CancellationToken cancellationToken)
    {
        await pipeline.SendAsync(message, cancellationToken);
        return message.Response;
    }

    /// <summary>A message for <paramref name="endpoint"/> plus an already escaped <paramref name="path"/>.</summary>
    public static HttpMessage CreateMessage(this HttpPipeline pipeline, RequestMethod method, Uri endpoint, string path)
    {
        var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(endpoint);
        message.Request.Uri.AppendPath(path, escape: false);
        return message;
    }
}
