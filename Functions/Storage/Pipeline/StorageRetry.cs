namespace Serverless.Feedback.Storage.Pipeline;

/// <summary>How the storage pipeline repeats a request that got no answer or a transient error (Storage:MaxRetries, Storage:RetryDelay).</summary>
internal sealed record StorageRetry(int MaxRetries, TimeSpan Delay)
{
    /// <summary>About 20 s of trying in all: long enough for a storage restart, short enough for a person waiting.</summary>
    public static readonly StorageRetry Default = new(5, TimeSpan.FromSeconds(0.8));
}
