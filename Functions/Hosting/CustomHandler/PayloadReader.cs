using System.Globalization;
using System.Text.Json;

namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>
/// Reads the host's trigger payloads tolerantly. The host serialises metadata loosely: numbers may come
/// as strings, string values may carry an extra pair of quotes, and a binding may arrive either as JSON
/// or as a JSON string that contains JSON.
/// </summary>
internal static class PayloadReader
{
    public static QueueInvocation ReadQueue(string functionName, string bindingName, InvocationRequest request)
    {
        var data = request.Data ?? throw new InvalidPayloadException("The invocation has no Data.");
        if (!TryGet(data, bindingName, out var message))
        {
            throw new InvalidPayloadException($"The invocation has no Data.{bindingName}.");
        }

        var text = message.ValueKind switch
        {
            JsonValueKind.String => message.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => throw new InvalidPayloadException($"Data.{bindingName} is empty."),
            _ => message.GetRawText(),
        };

        var meta = request.Metadata ?? new Dictionary<string, JsonElement>();
        var metadata = new QueueMessageMetadata(
            Id: String(meta, "Id"),
            PopReceipt: String(meta, "PopReceipt"),
            DequeueCount: Int(meta, "DequeueCount") ?? 1,
            InsertionTime: Time(meta, "InsertionTime"),
            ExpirationTime: Time(meta, "ExpirationTime"),
            NextVisibleTime: Time(meta, "NextVisibleTime"));
        return new QueueInvocation(functionName, text, metadata);
    }

    public static TimerInvocation ReadTimer(string functionName, string bindingName, InvocationRequest request)
    {
        var data = request.Data ?? throw new InvalidPayloadException("The invocation has no Data.");
        if (!TryGet(data, bindingName, out var timer))
        {
            throw new InvalidPayloadException($"The invocation has no Data.{bindingName}.");
        }

        if (timer.ValueKind == JsonValueKind.String)
        {
            timer = Parse(timer.GetString());
        }

        if (timer.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidPayloadException($"Data.{bindingName} is not a timer object.");
        }

        TimerScheduleStatus? status = null;
        if (TryGetProperty(timer, "ScheduleStatus", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            var last = Time(s, "Last");
            var next = Time(s, "Next");
            var updated = Time(s, "LastUpdated");
            if (last is not null && next is not null)
            {
                status = new TimerScheduleStatus(last.Value, next.Value, updated ?? last.Value);
            }
        }

        var pastDue = TryGetProperty(timer, "IsPastDue", out var p) && Bool(p);
        return new TimerInvocation(functionName, new TimerInfo(status, pastDue));
    }

    private static JsonElement Parse(string? json)
    {
        try
        {
            using var document = JsonDocument.Parse(json ?? "null");
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidPayloadException("A binding holds a string that is not JSON.", e);
        }
    }

    private static bool TryGet(IReadOnlyDictionary<string, JsonElement> values, string name, out JsonElement value)
    {
        if (values.TryGetValue(name, out value))
        {
            return true;
        }

        // Binding names are case-insensitive in function.json.
        foreach (var pair in values)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }

        return false;
    }

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? String(IReadOnlyDictionary<string, JsonElement> values, string name) =>
        TryGet(values, name, out var v) ? Unquote(v) : null;

    private static int? Int(IReadOnlyDictionary<string, JsonElement> values, string name)
    {
        if (!TryGet(values, name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number))
        {
            return number;
        }

        return int.TryParse(Unquote(v), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static DateTimeOffset? Time(IReadOnlyDictionary<string, JsonElement> values, string name) =>
        TryGet(values, name, out var v) ? ParseTime(Unquote(v)) : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        TryGetProperty(element, name, out var v) ? ParseTime(Unquote(v)) : null;

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    private static bool Bool(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => bool.TryParse(Unquote(value), out var b) && b,
        _ => false,
    };

    private static string? Unquote(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
        return text is { Length: >= 2 } && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
    }
}

internal sealed class InvalidPayloadException(string message, Exception? innerException = null) : Exception(message, innerException);
