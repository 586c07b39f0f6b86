using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Serverless.Feedback.Storage.Pipeline;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// Reads a <c>$batch</c> response: one HTTP response per action on success, or the single failing one.
/// The failing action is named by the <c>N:</c> prefix of the service's message (0-based), else by Content-ID.
/// </summary>
internal static partial class TableBatchResponse
{
    public static IReadOnlyList<ETag> Read(Response response, IReadOnlyList<TableTransactionAction> actions)
    {
        if (response.Status != 202)
        {
            var (code, message) = StorageErrors.Read(response);
            throw Failure(response.Status, code, message, contentId: null, actions, position: null);
        }

        var parts = Parse(response.Content.ToString());
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Status >= 300)
            {
                var (code, message) = part.Body.StartsWith('{') ? StorageErrors.FromJson(BinaryData.FromString(part.Body)) : (null, part.Body);
                throw Failure(part.Status, code, message, ContentId(part), actions, i);
            }
        }

        var etags = new ETag[actions.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var index = ContentId(parts[i]) is { } id && id >= 1 && id <= actions.Count ? id - 1 : i;
            if (index < etags.Length && parts[i].Headers.TryGetValue("ETag", out var etag))
            {
                etags[index] = new ETag(etag);
            }
        }

        return etags;
    }

    private static TableTransactionFailedException Failure(int status, string? code, string? message, int? contentId, IReadOnlyList<TableTransactionAction> actions, int? position)
    {
        int? index = null;
        var match = message is null ? null : IndexPrefix().Match(message);
        if (match is { Success: true })
        {
            index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            message = message![match.Length..];
        }
        else if (contentId is { } id)
        {
            index = id - 1;
        }
        else if (position is not null && actions.Count == 1)
        {
            index = 0;
        }

        var action = index is { } i && i >= 0 && i < actions.Count ? actions[i] : null;
        var reason = message?.Split('\n')[0].Trim();
        var text = action is null
            ? $"The table transaction failed: {status} {code}. {reason} Nothing was applied."
            : $"The table transaction failed at action {index} ({action.ActionType} of '{action.Entity.PartitionKey}'/'{action.Entity.RowKey}'): {status} {code}. {reason} Nothing was applied.";
        Exception? typed = status switch
        {
            412 => new ConcurrencyConflictException(text, code ?? "UpdateConditionNotSatisfied"),
            409 when code == "EntityAlreadyExists" => new EntityAlreadyExistsException(text),
            _ => null,
        };
        return new TableTransactionFailedException(status, text, code, index, action, typed);
    }

    private static int? ContentId(Part part) =>
        part.Headers.TryGetValue("Content-ID", out var value) && int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Finds each embedded <c>HTTP/1.1 …</c> response; boundaries need not be tracked to do so.</summary>
    private static List<Part> Parse(string body)
    {
        var parts = new List<Part>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                continue;
            }

            var status = int.Parse(line.AsSpan(9, 3), CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (i++; i < lines.Length && lines[i].TrimEnd('\r').Length > 0; i++)
            {
                var header = lines[i].TrimEnd('\r');
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                }
            }

            var content = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                content.Append(lines[i].TrimEnd('\r')).Append('\n');
            }

            i--;
            parts.Add(new Part(status, headers, content.ToString().Trim()));
        }

        return parts;
    }

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPrefix();

    private sealed record Part(int Status, Dictionary<string, string> Headers, string Body);
}
