using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// Reads entities from minimal-metadata OData JSON: <c>name@odata.type</c> annotations give Int64,
/// Double, DateTime, Guid and Binary their types back; unannotated numbers are Int32 when whole and
/// in range, otherwise Double. Query pages repeat the same names a thousand times, so names are
/// decoded once per page and typed values are parsed straight from the UTF-8 bytes.
/// </summary>
internal static class EntityJsonReader
{
    public static TableEntity ReadEntity(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadEntity(ref reader, new PageState());
    }

    /// <summary>Reads the <c>value</c> array of a query response.</summary>
    public static List<TableEntity> ReadEntities(ReadOnlySpan<byte> json)
    {
        var entities = new List<TableEntity>();
        var state = new PageState();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals("value"u8);
            reader.Read();
            if (!isValue)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                entities.Add(ReadEntity(ref reader, state));
            }
        }

        return entities;
    }

    private static TableEntity ReadEntity(ref Utf8JsonReader reader, PageState state)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An entity must be a JSON object.");
        }

        var entity = new TableEntity();
        var pendingTypes = state.PendingTypes;
        pendingTypes.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = state.Name(ref reader);
            reader.Read();
            if (state.AnnotatedProperty(name) is { } property)
            {
                var type = state.Name(ref reader);
                if (entity.TryGetValue(property, out var early) && early is not null)
                {
                    // The annotation came after its value: retype what was read.
                    entity[property] = Retype(early, type);
                }
                else
                {
                    pendingTypes[property] = type;
                }

                continue;
            }

            switch (name)
            {
                case "odata.etag":
                    entity.ETag = new ETag(reader.GetString()!);
                    break;
                case "PartitionKey":
                    entity.PartitionKey = reader.GetString()!;
                    break;
                case "RowKey":
                    entity.RowKey = reader.GetString()!;
                    break;
                case "Timestamp":
                    entity.Timestamp = ParseDateTime(ref reader);
                    break;
                default:
                    if (name.StartsWith("odata.", StringComparison.Ordinal))
                    {
                        reader.Skip();
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        entity[name] = ReadValue(ref reader, pendingTypes.GetValueOrDefault(name));
                    }

                    break;
            }
        }

        return entity;
    }

    private static object ReadValue(ref Utf8JsonReader reader, string? type) => reader.TokenType switch
    {
        JsonTokenType.String => ReadString(ref reader, type),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => ReadNumber(ref reader, type),
        _ => throw new JsonException($"Unexpected {reader.TokenType} as a property value."),
    };

    private static object ReadString(ref Utf8JsonReader reader, string? type)
    {
        var raw = reader.ValueIsEscaped || reader.HasValueSequence ? default : reader.ValueSpan;
        switch (type)
        {
            case null or "Edm.String":
                return reader.GetString()!;
            case "Edm.DateTime":
                return ParseDateTime(ref reader);
            case "Edm.Guid" when Utf8Parser.TryParse(raw, out Guid guid, out var used, 'D') && used == raw.Length && used > 0:
                return guid;
            case "Edm.Int64" when Utf8Parser.TryParse(raw, out long number, out var used) && used == raw.Length && used > 0:
                return number;
            case "Edm.Binary":
                return reader.GetBytesFromBase64();
            default:
                return FromString(reader.GetString()!, type);
        }
    }

    // Each branch boxes its own type: a shared conditional would widen an Int32 to Double.
    private static object ReadNumber(ref Utf8JsonReader reader, string? type)
    {
        if (type == "Edm.Double")
        {
            return reader.GetDouble();
        }

        if (type == "Edm.Int64")
        {
            return reader.GetInt64();
        }

        if (reader.TryGetInt32(out var i))
        {
            return i;
        }

        return reader.GetDouble();
    }

    private static object Retype(object value, string type) => value switch
    {
        string s => FromString(s, type),
        int i when type == "Edm.Double" => (double)i,
        int i when type == "Edm.Int64" => (long)i,
        _ => value,
    };

    private static object FromString(string text, string type) => type switch
    {
        "Edm.String" => text,
        "Edm.Int64" => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Edm.Int32" => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Edm.Double" => text switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        },
        "Edm.DateTime" => ParseDateTime(text),
        "Edm.Guid" => Guid.Parse(text),
        "Edm.Binary" => Convert.FromBase64String(text),
        "Edm.Boolean" => bool.Parse(text),
        _ => text,
    };

    /// <summary>The service writes <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>; anything else takes the general parser.</summary>
    private static DateTimeOffset ParseDateTime(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8Parser.TryParse(reader.ValueSpan, out DateTimeOffset value, out var used, 'O') && used == reader.ValueSpan.Length)
        {
            return value.ToUniversalTime();
        }

        return ParseDateTime(reader.GetString()!);
    }

    private static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Per-page caches: each distinct name is decoded once, and annotation names map to their property.</summary>
    private sealed class PageState
    {
        private const int MaxCachedLength = 256;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _annotated = new(StringComparer.Ordinal);

        public Dictionary<string, string> PendingTypes { get; } = new(StringComparer.Ordinal);

        public string Name(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxCachedLength)
            {
                return reader.GetString()!;
            }

            Span<char> chars = stackalloc char[MaxCachedLength];
            var decoded = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
            var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(decoded, out var name))
            {
                name = new string(decoded);
                _names[name] = name;
            }

            return name;
        }

        public string? AnnotatedProperty(string name)
        {
            if (!_annotated.TryGetValue(name, out var property))
            {
                property = name.EndsWith(EntityJsonWriter.TypeSuffix, StringComparison.Ordinal) ? name[..^EntityJsonWriter.TypeSuffix.Length] : null;
                _annotated[name] = property;
            }

            return property;
        }
    }
}
