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

    /// <summary>The cheapest authenticated read of a service (a one-item listing): proves reachability and credentials.</summary>
    public static async Task PingAsync(this HttpPipeline pipeline, Uri endpoint, string path, string operation, CancellationToken cancellationToken, params (string Name, string Value)[] query)
    {
        using var message = pipeline.CreateMessage(RequestMethod.Get, endpoint, path);
        foreach (var (name, value) in query)
        {
            message.Request.Uri.AppendQuery(name, value);
        }

        message.Request.Headers.SetValue("Accept", "application/json;odata=minimalmetadata");
        var response = await pipeline.SendRequestAsync(message, cancellationToken);
        if (response.Status != 200)
        {
            throw StorageErrors.Failure(response, operation);
        }
    }
}
