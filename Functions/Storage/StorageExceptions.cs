using Azure;

namespace Serverless.Feedback.Storage;

/// <summary>The stored item changed since it was read (HTTP 412): the caller must reload and decide.</summary>
internal sealed class ConcurrencyConflictException(string message, string? errorCode = "UpdateConditionNotSatisfied", Exception? innerException = null)
    : RequestFailedException(412, message, errorCode, innerException);

/// <summary>An insert hit keys that are already taken (HTTP 409 EntityAlreadyExists).</summary>
internal sealed class EntityAlreadyExistsException(string message, Exception? innerException = null)
    : RequestFailedException(409, message, "EntityAlreadyExists", innerException);
