using Azure;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// An entity-group transaction was rejected and nothing in it was applied. <see cref="RequestFailedException.Status"/>
/// and <see cref="RequestFailedException.ErrorCode"/> are those of the failing action; a stale ETag shows as
/// status 412 with a <see cref="ConcurrencyConflictException"/> inside, a taken key as 409 with an
/// <see cref="EntityAlreadyExistsException"/> inside.
/// </summary>
internal sealed class TableTransactionFailedException(int status, string message, string? errorCode, int? failedActionIndex, TableTransactionAction? failedAction, Exception? innerException)
    : RequestFailedException(status, message, errorCode, innerException)
{
    /// <summary>Index of the action the service refused, when it said which.</summary>
    public int? FailedActionIndex { get; } = failedActionIndex;

    public TableTransactionAction? FailedAction { get; } = failedAction;

    public bool IsConcurrencyConflict => Status == 412;
}
