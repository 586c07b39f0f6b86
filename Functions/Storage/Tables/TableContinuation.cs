using System.Buffers.Text;
using System.Text;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// The service's two continuation headers folded into one opaque token, so callers can keep it in a
/// link or a form field without knowing its parts.
/// </summary>
internal readonly record struct TableContinuation(string NextPartitionKey, string? NextRowKey)
{
    public const string PartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    public const string RowKeyHeader = "x-ms-continuation-NextRowKey";

    public static TableContinuation? FromResponse(Azure.Response response) =>
        response.Headers.TryGetValue(PartitionKeyHeader, out var partitionKey) && partitionKey.Length > 0
            ? new TableContinuation(partitionKey, response.Headers.TryGetValue(RowKeyHeader, out var rowKey) && rowKey.Length > 0 ? rowKey : null)
            : null;

    public static TableContinuation Parse(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var separator = text.IndexOf('\n', StringComparison.Ordinal);
            return separator < 0
                ? new TableContinuation(text, null)
                : new TableContinuation(text[..separator], text[(separator + 1)..]);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The continuation token is not one this client issued.", nameof(token), e);
        }
    }

    public string ToToken() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(NextRowKey is null ? NextPartitionKey : NextPartitionKey + "\n" + NextRowKey));
}
