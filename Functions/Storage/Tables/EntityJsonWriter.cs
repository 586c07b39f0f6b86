using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// Writes an entity as OData JSON with a type annotation for every value JSON alone would not keep:
/// Int64 as a string, Double always (so 2.0 stays a double), DateTime with 7 fractional digits, Guid, Binary.
/// </summary>
internal static class EntityJsonWriter
{
    public const string TypeSuffix = "@odata.type";

    public static ReadOnlyMemory<byte> Write(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using var writer = new Utf8JsonWriter(buffer);
        Write(writer, entity);
        writer.Flush();
        return buffer.WrittenMemory;
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        TableNames.ValidateKey(entity.PartitionKey, "PartitionKey");
        TableNames.ValidateKey(entity.RowKey, "RowKey");
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", entity.PartitionKey);
        writer.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity)
        {
            if (value is null)
            {
                continue;
            }

            TableNames.ValidatePropertyName(name);
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset dto:
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                writer.WriteString(name, FormatDateTime(dto));
                break;
            case Guid g:
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which Table Storage cannot hold.");
        }
    }
}
