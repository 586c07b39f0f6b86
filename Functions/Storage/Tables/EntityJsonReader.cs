using System.Globalization;
using System.Text.Json;
using Azure;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// Reads entities from minimal-metadata OData JSON: <c>name@odata.type</c> annotations give Int64,
/// Double, DateTime, Guid and Binary their types back; unannotated numbers are Int32 when whole and
/// in range, otherwise Double.
/// </summary>
internal static class EntityJsonReader
{
    public static TableEntity ReadEntity(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadEntity(ref reader);
    }

    /// <summary>Reads the <c>value</c> array of a query response.</summary>
    public static List<TableEntity> ReadEntities(ReadOnlySpan<byte> json)
    {
        var entities = new List<TableEntity>();
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
                entities.Add(ReadEntity(ref reader));
            }
        }

        return entities;
    }

    private static TableEntity ReadEntity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An entity must be a JSON object.");
        }

        var entity = new TableEntity();
        Dictionary<string, string>? pendingTypes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name.EndsWith(EntityJsonWriter.TypeSuffix, StringComparison.Ordinal))
            {
                var property = name[..^EntityJsonWriter.TypeSuffix.Length];
                var type = reader.GetString()!;
                if (entity.TryGetValue(property, out var early) && early is not null)
                {
                    // The annotation came after its value: retype what was read.
                    entity[property] = Retype(early, type);
                }
                else
                {
                    (pendingTypes ??= new(StringComparer.Ordinal))[property] = type;
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
                    entity.Timestamp = ParseDateTime(reader.GetString()!);
                    break;
                default:
                    if (name.StartsWith("odata.", StringComparison.Ordinal))
                    {
                        reader.Skip();
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        entity[name] = ReadValue(ref reader, pendingTypes?.GetValueOrDefault(name));
                    }

                    break;
            }
        }

        return entity;
    }

    private static object ReadValue(ref Utf8JsonReader reader, string? type) => reader.TokenType switch
    {
        JsonTokenType.String => type is null ? reader.GetString()! : FromString(reader.GetString()!, type),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => ReadNumber(ref reader, type),
        _ => throw new JsonException($"Unexpected {reader.TokenType} as a property value."),
    };

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

    private static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
