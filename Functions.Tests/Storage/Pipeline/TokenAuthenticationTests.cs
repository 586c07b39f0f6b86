using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Configuration;
using Serverless.Feedback.Storage.Pipeline;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Storage.Pipeline;

/// <summary>
/// The identity-based path: a loopback HTTPS server (Azure.Core refuses bearer tokens over plain HTTP)
/// records what each service client sends, and refuses it as storage refuses an identity without a role.
/// </summary>
[Trait(TestKind.Name, TestKind.Storage)]
public sealed class TokenAuthenticationTests
{
    [Fact]
    public async Task PingAsync_IdentityBasedAccount_SendsBearerTokenForStorageScopeAndNoSharedKey()
    {
        using var certificate = SelfSignedCertificate();
        var seen = new ConcurrentQueue<(string Path, string? Authorization, string? Version)>();
        await using var server = await LoopbackServer.StartAsync(
            context =>
            {
                var authorization = context.Request.Headers.Authorization.ToString();
                seen.Enqueue((context.Request.Path.Value ?? "", authorization.Length == 0 ? null : authorization, context.Request.Headers["x-ms-version"].FirstOrDefault()));
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            },
            certificate);
        var root = server.Root;
        var account = new StorageAccount(new Uri(root, "tables"), new Uri(root, "queues"), new Uri(root, "blobs"), AccountName: null, AccountKey: null);
        var credential = new RecordingCredential();
        var handler = StorageTransport.CreateHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString();
        var clients = new StorageClients(account, credential, StorageRetry.Default, new HttpClientTransport(handler), NullLoggerFactory.Instance);

        var refusals = new[]
        {
            await Record.ExceptionAsync(() => clients.Tables().PingAsync()),
            await Record.ExceptionAsync(() => clients.Queues().PingAsync()),
            await Record.ExceptionAsync(() => clients.Blobs().PingAsync()),
        };

        Assert.All(refusals, refusal => Assert.Equal(403, Assert.IsAssignableFrom<Azure.RequestFailedException>(refusal).Status));

        Assert.Equal(["/tables/Tables", "/queues", "/blobs/"], seen.Select(s => s.Path));
        Assert.All(seen, s => Assert.Equal("Bearer token-for-storage", s.Authorization));
        Assert.All(seen, s => Assert.NotNull(s.Version));
        Assert.NotEmpty(credential.Scopes);
        Assert.All(credential.Scopes, scope => Assert.Equal("https://storage.azure.com/.default", scope));
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var validFrom = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        using var ephemeral = request.CreateSelfSigned(validFrom, validFrom.AddYears(50));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>Hands out a fixed token and remembers which scopes were asked for.</summary>
    private sealed class RecordingCredential : TokenCredential
    {
        public ConcurrentQueue<string> Scopes { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                Scopes.Enqueue(scope);
            }

            return new AccessToken("token-for-storage", DateTimeOffset.MaxValue);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
