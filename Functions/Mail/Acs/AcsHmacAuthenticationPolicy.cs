using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Mail.Acs;

/// <summary>
/// Signs each request with the access key as ACS documents it: <c>x-ms-date</c> (RFC 1123),
/// <c>x-ms-content-sha256</c> (base64 SHA-256 of the body) and an HMAC-SHA256 over
/// <c>VERB\npath?query\ndate;host;contentHash</c>. Runs on every retry so each try carries a fresh date.
/// </summary>
internal sealed class AcsHmacAuthenticationPolicy(byte[] key, TimeProvider time) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, HashContentAsync(message, async: false).GetAwaiter().GetResult());
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Sign(message, await HashContentAsync(message, async: true));
        await ProcessNextAsync(message, pipeline);
    }

    /// <summary>The Authorization value for one request; the test server computes the same to check it.</summary>
    public static string Authorization(byte[] key, string method, Uri uri, string date, string contentHash)
    {
        var stringToSign = $"{method}\n{uri.PathAndQuery}\n{date};{uri.Authority};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
    }

    private void Sign(HttpMessage message, string contentHash)
    {
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.SetValue("x-ms-content-sha256", contentHash);
        request.Headers.SetValue("Authorization", Authorization(key, request.Method.Method, request.Uri.ToUri(), date, contentHash));
    }

    private static async ValueTask<string> HashContentAsync(HttpMessage message, bool async)
    {
        using var buffer = new MemoryStream();
        if (message.Request.Content is { } content)
        {
            if (async)
            {
                await content.WriteToAsync(buffer, message.CancellationToken);
            }
            else
            {
                content.WriteTo(buffer, message.CancellationToken);
            }
        }

        return Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
