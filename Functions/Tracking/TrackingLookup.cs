using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Tracking;

/// <summary>
/// Finds the case behind a tracking token. Wrong, malformed and expired tokens all come back as null, and
/// the stored token is compared in constant time, so the answer says nothing about which case exists.
/// </summary>
internal sealed class TrackingLookup(ITableServiceClient tables, StorageNames names, CaseStore cases, TimeProvider clock, IOptions<PublicSiteOptions> options)
{
    public async Task<StoredCase?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || token.Length is < 20 or > 100 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var (partition, row) = TrackingRows.KeyFor(token);
        var entry = await tables.GetTableClient(names.Table(TrackingRows.TableName)).GetEntityAsync(partition, row, cancellationToken: cancellationToken);
        if (entry?.GetString("CaseNumber") is not { } number || await cases.GetAsync(number, cancellationToken) is not { } stored)
        {
            return null;
        }

        var expected = Encoding.UTF8.GetBytes(stored.Case.TrackingToken ?? "");
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(token)))
        {
            return null;
        }

        var closedAt = stored.Case.Closure?.ClosedAt;
        var expired = stored.Case.Stage.IsTerminal() && closedAt is { } closed && clock.GetUtcNow() > closed.AddDays(options.Value.TrackingDaysAfterClosure);
        return expired ? null : stored;
    }
}
