namespace Serverless.Feedback.Storage.Tables;

/// <summary>Escaped request paths for one table; keys are OData string literals inside the URL.</summary>
internal static class TablePaths
{
    public static string Table(string table) => "/" + table;

    public static string Query(string table) => "/" + table + "()";

    public static string Entity(string table, string partitionKey, string rowKey)
    {
        TableNames.ValidateKey(partitionKey, "PartitionKey");
        TableNames.ValidateKey(rowKey, "RowKey");
        return $"/{table}(PartitionKey='{Key(partitionKey)}',RowKey='{Key(rowKey)}')";
    }

    private static string Key(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
