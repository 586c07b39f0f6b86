using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>Stamps the service version and, per attempt, the request time that Shared Key signs.</summary>
internal sealed class StorageHeadersPolicy(string serviceVersion, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-version", serviceVersion);
        message.Request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
    }
}
