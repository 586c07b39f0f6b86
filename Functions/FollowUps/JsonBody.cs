using System.Text.Json;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.FollowUps;

/// <summary>A request body the endpoint reads by hand, so a malformed one gets a problem that shows the expected shape.</summary>
internal static class JsonBody
{
    /// <summary>The body, or null when it is missing, not JSON or not of the shape.</summary>
    public static async Task<T?> ReadOrNullAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(CaseJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
