using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// A table entity: keys, system properties and typed values. Only the EDM types the Table service stores
/// are accepted (string, bool, int, long, double, DateTimeOffset, Guid, byte[]), so a value never changes
/// type silently on the way to storage and back.
/// </summary>
internal sealed class TableEntity : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public object? this[string key]
    {
        get => _properties.TryGetValue(key, out var value) ? value : null;
        set => _properties[key] = Check(key, value);
    }

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object?> Values => _properties.Values;

    public int Count => _properties.Count;

    public bool IsReadOnly => false;

    public string? GetString(string key) => Get<string>(key);

    public bool? GetBoolean(string key) => GetStruct<bool>(key);

    public int? GetInt32(string key) => _properties.TryGetValue(key, out var v) && v is long l ? checked((int)l) : GetStruct<int>(key);

    public long? GetInt64(string key) => _properties.TryGetValue(key, out var v) && v is int i ? i : GetStruct<long>(key);

    public double? GetDouble(string key) => _properties.TryGetValue(key, out var v) && v is int i ? i : GetStruct<double>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) => GetStruct<DateTimeOffset>(key);

    public Guid? GetGuid(string key) => GetStruct<Guid>(key);

    public byte[]? GetBinary(string key) => Get<byte[]>(key);

    public void Add(string key, object? value) => _properties.Add(key, Check(key, value));

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public void Clear() => _properties.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T? Get<T>(string key)
        where T : class =>
        _properties.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            T typed => typed,
            _ => throw new InvalidCastException($"Property '{key}' holds {value.GetType().Name}, not {typeof(T).Name}."),
        } : null;

    private T? GetStruct<T>(string key)
        where T : struct =>
        _properties.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            T typed => typed,
            _ => throw new InvalidCastException($"Property '{key}' holds {value.GetType().Name}, not {typeof(T).Name}."),
        } : null;

    private static object? Check(string key, object? value)
    {
        if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
        {
            throw new ArgumentException($"'{key}' is a system property; use the typed member.", nameof(key));
        }

        return value switch
        {
            null or string or bool or int or long or double or Guid or byte[] => value,
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt when dt.Kind == DateTimeKind.Utc => new DateTimeOffset(dt),
            _ => throw new ArgumentException($"Property '{key}' has type {value.GetType().Name}, which Table Storage cannot hold.", nameof(value)),
        };
    }
}
