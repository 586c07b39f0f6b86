using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Tests.Storage.Tables;

public sealed class TableBatchTests
{
    private static readonly Uri Endpoint = new("https://acme.table.core.windows.net");

    [Fact]
    public void Build_TwoActions_OneChangesetWithContentIdsAndConditions()
    {
        var etag = new ETag("W/\"datetime'2026-03-02T01%3A00%3A00Z'\"");
        var (content, contentType) = TableBatchRequest.Build(Endpoint, "Cases",
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["V"] = 1 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "it's"), etag),
        ]);

        var body = Text(content);
        var boundary = contentType["multipart/mixed; boundary=".Length..];
        Assert.StartsWith($"--{boundary}\r\nContent-Type: multipart/mixed; boundary=changeset_", body, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 1\r\n\r\nPOST https://acme.table.core.windows.net/Cases HTTP/1.1\r\n", body, StringComparison.Ordinal);
        Assert.Contains("{\"PartitionKey\":\"p\",\"RowKey\":\"a\",\"V\":1}\r\n", body, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 2\r\n\r\nDELETE https://acme.table.core.windows.net/Cases(PartitionKey='p',RowKey='it%27%27s') HTTP/1.1\r\n", body, StringComparison.Ordinal);
        Assert.Contains("If-Match: " + etag + "\r\n", body, StringComparison.Ordinal);
        Assert.EndsWith($"--{boundary}--\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ServiceStyleFailure_NamesIndexFromMessagePrefix()
    {
        // Shape of the service's documented error answer: one changeset response, the index before the colon.
        var body =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 412 Precondition Failed\r\nContent-ID: 4\r\nContent-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n\r\n" +
            "{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The update condition specified in the request was not satisfied.\\nRequestId:x\"}}}\r\n" +
            "--changesetresponse_2--\r\n--batchresponse_1--\r\n";
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, new TableEntity("p", "a")), new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "b"), new ETag("W/\"x\""))];

        var error = Assert.Throws<TableTransactionFailedException>(() => TableBatchResponse.Read(new BatchResponse(202, body), actions));

        Assert.Equal(1, error.FailedActionIndex);
        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Contains("The update condition specified in the request was not satisfied.", error.Message, StringComparison.Ordinal);
    }

    private static string Text(RequestContent content)
    {
        using var stream = new MemoryStream();
        content.WriteTo(stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A canned response, just enough for the parser.</summary>
    private sealed class BatchResponse(int status, string body) : Response
    {
        public override int Status => status;

        public override string ReasonPhrase => "";

        public override Stream? ContentStream { get; set; } = new MemoryStream(Encoding.UTF8.GetBytes(body));

        public override string ClientRequestId { get; set; } = "";

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<Azure.Core.HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
