using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>Signs each attempt with the account key (after x-ms-date is set, so a retry is signed afresh).</summary>
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey, Func<Request, string, string> stringToSign) : HttpPipelineSynchronousPolicy
{
    public static SharedKeyPolicy ForTable(string accountName, byte[] accountKey) => new(accountName, accountKey, SharedKeyStringToSign.ForTable);

    public static SharedKeyPolicy ForBlobOrQueue(string accountName, byte[] accountKey) => new(accountName, accountKey, SharedKeyStringToSign.ForBlobOrQueue);

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("Authorization", Authorization(message.Request));

    internal string Authorization(Request request)
    {
        var signature = HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign(request, accountName)));
        return $"SharedKey {accountName}:{Convert.ToBase64String(signature)}";
    }
}
