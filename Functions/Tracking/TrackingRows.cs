using System.Security.Cryptography;
using System.Text;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Tracking;

/// <summary>
/// The Tracking table maps the SHA-256 of a tracking token to its case (PartitionKey = first two hex digits,
/// RowKey = the hash), so the lookup table never holds a usable link.
/// </summary>
internal sealed class TrackingRows : IDerivedRowSource
{
    public const string TableName = "Tracking";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static (string PartitionKey, string RowKey) KeyFor(string token)
    {
        var hash = Hash(token);
        return (hash[..2], hash);
    }

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        if (current.TrackingToken is { } token)
        {
            var (partition, row) = KeyFor(token);
            yield return new DerivedRow(TableName, new TableEntity(partition, row) { ["CaseNumber"] = current.Number }, Immediate: true);
        }
    }

    /// <summary>A new unguessable token: 256 random bits, URL-safe.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
