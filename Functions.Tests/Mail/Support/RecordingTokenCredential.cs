using Azure.Core;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>Hands out a fixed token and remembers which scopes were asked for.</summary>
internal sealed class RecordingTokenCredential(string token) : TokenCredential
{
    private readonly Lock _gate = new();
    private readonly List<string> _scopes = [];

    public IReadOnlyList<string> RequestedScopes
    {
        get
        {
            lock (_gate)
            {
                return [.. _scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _scopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken(token, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
