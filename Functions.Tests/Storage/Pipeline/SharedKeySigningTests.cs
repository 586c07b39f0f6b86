using Azure.Core;
using Azure.Core.Pipeline;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Tests.Storage.Pipeline;

/// <summary>
/// Fixed requests against the documented Shared Key string-to-sign layouts; the expected signatures were
/// computed independently (HMAC-SHA256 with the well-known development key over the expected strings).
/// </summary>
public sealed class SharedKeySigningTests
{
    private const string Date = "Mon, 02 Mar 2026 01:00:00 GMT";
    private static readonly byte[] Key = Convert.FromBase64String(StorageAccount.DevelopmentAccountKey);

    [Fact]
    public void ForBlobOrQueue_PathStyleBlobPut_CanonicalizesHeadersAndQuery()
    {
        var request = NewRequest(RequestMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/photos/a%20b.jpg?timeout=30&comp=block");
        request.Headers.SetValue("x-ms-version", "2025-01-05");
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-meta-Zeta", "  z  ");
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("Content-Type", "image/jpeg");
        request.Headers.SetValue("If-None-Match", "*");
        request.Content = RequestContent.Create(BinaryData.FromString("hello world"));

        var expected = "PUT\n\n\n11\n\nimage/jpeg\n\n\n\n*\n\n\n" +
                       "x-ms-blob-type:BlockBlob\nx-ms-date:" + Date + "\nx-ms-meta-zeta:z\nx-ms-version:2025-01-05\n" +
                       "/devstoreaccount1/devstoreaccount1/photos/a%20b.jpg\ncomp:block\ntimeout:30";
        Assert.Equal(expected, SharedKeyStringToSign.ForBlobOrQueue(request, "devstoreaccount1"));
        Assert.Equal(
            "SharedKey devstoreaccount1:aaFw6hmW/iKn3xRLQI42hO4Z7bgWIMqkYyhPkWIyjBE=",
            SharedKeyPolicy.ForBlobOrQueue("devstoreaccount1", Key).Authorization(request));
    }

    [Fact]
    public void ForBlobOrQueue_HostStyleQueueGet_NamesAccountOnceAndLeavesContentLengthEmpty()
    {
        var request = NewRequest(RequestMethod.Get, "https://devstoreaccount1.queue.core.windows.net/orders/messages?visibilitytimeout=30&NumOfMessages=32");
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-version", "2025-01-05");

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:" + Date + "\nx-ms-version:2025-01-05\n/devstoreaccount1/orders/messages\nnumofmessages:32\nvisibilitytimeout:30",
            SharedKeyStringToSign.ForBlobOrQueue(request, "devstoreaccount1"));
        Assert.Equal(
            "SharedKey devstoreaccount1:YsC/zplQ7hfyGqzfvcwD9SZIDWgKw4ohGEWa4ETTL3w=",
            SharedKeyPolicy.ForBlobOrQueue("devstoreaccount1", Key).Authorization(request));
    }

    [Fact]
    public void ForTable_HostStyleInsert_SignsVerbContentTypeDateAndResourceOnly()
    {
        var request = NewRequest(RequestMethod.Post, "https://devstoreaccount1.table.core.windows.net/Customers?$top=5");
        request.Headers.SetValue("x-ms-date", Date);
        request.Headers.SetValue("x-ms-version", "2019-02-02");
        request.Headers.SetValue("Content-Type", "application/json");
        request.Content = RequestContent.Create(BinaryData.FromString("{}"));

        Assert.Equal("POST\n\napplication/json\n" + Date + "\n/devstoreaccount1/Customers", SharedKeyStringToSign.ForTable(request, "devstoreaccount1"));
        Assert.Equal(
            "SharedKey devstoreaccount1:3IU6vwlBjJnHRQwz7ELlX/Mh+RlA0Q8I+rtWqjUedGY=",
            SharedKeyPolicy.ForTable("devstoreaccount1", Key).Authorization(request));
    }

    [Fact]
    public void ForTable_PathStyleWithComp_KeepsAccountTwiceAndOnlyComp()
    {
        var request = NewRequest(RequestMethod.Get, "http://127.0.0.1:10002/devstoreaccount1/?restype=service&comp=properties");
        request.Headers.SetValue("x-ms-date", Date);

        Assert.Equal("GET\n\n\n" + Date + "\n/devstoreaccount1/devstoreaccount1/?comp=properties", SharedKeyStringToSign.ForTable(request, "devstoreaccount1"));
    }

    private static Request NewRequest(RequestMethod method, string uri)
    {
        var request = new HttpPipeline(StorageTransport.Create()).CreateRequest();
        request.Method = method;
        request.Uri.Reset(new Uri(uri));
        return request;
    }
}
