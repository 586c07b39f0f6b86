using Azure;

namespace Serverless.Feedback.Storage;

/// <summary>
/// Tells a storage service that is not answering (down, restarting, overloaded) from a request it refused.
/// What reaches the app has already been retried by the pipeline, so the caller can only say "try again soon".
/// </summary>
internal static class StorageOutage
{
    /// <summary>How long a client is asked to wait before repeating the request.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public static void AskToRetry(HttpResponse response) =>
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool Is(Exception exception) => exception switch
    {
        // The retry policy gives up with every attempt's failure inside.
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(Is),

        // Status 0: no response at all (connection refused or reset).
        RequestFailedException failed => failed.Status is 0 or 408 or 500 or 502 or 503 or 504,
        HttpRequestException => true,
        _ => false,
    };
}
