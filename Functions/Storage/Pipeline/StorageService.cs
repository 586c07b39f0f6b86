namespace Serverless.Feedback.Storage.Pipeline;

internal enum StorageService
{
    Table,
    Queue,
    Blob,
}
