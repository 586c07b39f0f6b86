namespace Serverless.Feedback.Storage.Tables;

/// <summary>The Table service of one storage account.</summary>
internal interface ITableServiceClient
{
    ITableClient GetTableClient(string tableName);

    /// <summary>Cheap round trip that proves the service answers and accepts our credentials.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
