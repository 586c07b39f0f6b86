using System.Buffers;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// The <c>$batch</c> body: multipart/mixed holding one changeset with one HTTP request per action,
/// each carrying a Content-ID so the response can name the action that failed.
/// </summary>
internal static class TableBatchRequest
{
    public const int MaxActions = 100;

    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity;
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a transaction must share one partition key; action {i} has '{entity.PartitionKey}', action 0 has '{partitionKey}'.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException($"Action {i} touches row '{entity.RowKey}' a second time; a transaction may act on each entity once.", nameof(actions));
            }
        }
    }

    /// <summary>Returns the body and its Content-Type (with the batch boundary).</summary>
    public static (RequestContent Content, string ContentType) Build(Uri endpoint, string table, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var buffer = new ArrayBufferWriter<byte>(512 * actions.Count);
        using var json = new Utf8JsonWriter(buffer);

        Text(buffer, $"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeset}\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (method, path, withBody, ifMatch) = Describe(table, action);
            var part = new StringBuilder(256)
                .Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n")
                .Append("Content-ID: ").Append(i + 1).Append("\r\n\r\n")
                .Append(method).Append(' ').Append(endpoint.AbsoluteUri.TrimEnd('/')).Append(path).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0\r\n");
            if (ifMatch is not null)
            {
                part.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            }

            if (withBody)
            {
                part.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n");
            }

            part.Append("\r\n");
            Text(buffer, part.ToString());
            if (withBody)
            {
                json.Reset(buffer);
                EntityJsonWriter.Write(json, action.Entity);
                json.Flush();
                Text(buffer, "\r\n");
            }
        }

        Text(buffer, $"--{changeset}--\r\n\r\n--{batch}--\r\n");
        return (RequestContent.Create(buffer.WrittenMemory), $"multipart/mixed; boundary={batch}");
    }

    private static (string Method, string Path, bool WithBody, string? IfMatch) Describe(string table, TableTransactionAction action)
    {
        var entity = action.Entity;
        string EntityPath() => TablePaths.Entity(table, entity.PartitionKey, entity.RowKey);
        string Condition() => ETagHeader.Format(action.ETag == default ? ETag.All : action.ETag);
        return action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", TablePaths.Table(table), true, null),
            TableTransactionActionType.UpsertMerge => ("MERGE", EntityPath(), true, null),
            TableTransactionActionType.UpsertReplace => ("PUT", EntityPath(), true, null),
            TableTransactionActionType.UpdateMerge => ("MERGE", EntityPath(), true, Condition()),
            TableTransactionActionType.UpdateReplace => ("PUT", EntityPath(), true, Condition()),
            TableTransactionActionType.Delete => ("DELETE", EntityPath(), false, Condition()),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
        };
    }

    private static void Text(IBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
