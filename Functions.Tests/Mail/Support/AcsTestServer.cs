using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// Stands in for the ACS Email service over HTTPS on 127.0.0.1. It authenticates every request as
/// the service documents it: for an access key it recomputes the body hash and the HMAC-SHA256 over
/// <c>VERB\npathAndQuery\nx-ms-date;host;hash</c> and refuses a mismatch or a date more than 15
/// minutes from its own clock; for Entra it wants one bearer token. Sends answer 202 with
/// Operation-Location and Retry-After; each status poll answers the next scripted status.
/// </summary>
internal sealed class AcsTestServer : IAsyncDisposable
{
    public const string ApiVersion = "2025-09-01";

    private readonly WebApplication _app;
    private readonly Func<DateTimeOffset> _clock;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private int _polls;

    private AcsTestServer(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        _clock = clock;
    }

    public AcsServerScript Script { get; private init; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<AcsTestServer> StartAsync(Func<DateTimeOffset> clock, AcsServerScript script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Server)));
        var app = builder.Build();
        var server = new AcsTestServer(app, clock) { Script = script };
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var rejection = Authenticate(request, rawTarget, body);
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.Method, rawTarget, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, rejection));
        }

        if (rejection is not null)
        {
            await Error(context, HttpStatusCode.Unauthorized, "Denied", rejection);
            return;
        }

        if (request.Method == "POST" && rawTarget == $"/emails:send?api-version={ApiVersion}")
        {
            await SendAsync(context);
        }
        else if (request.Method == "GET" && request.Path.StartsWithSegments("/emails/operations", out var rest) && request.Query["api-version"] == ApiVersion)
        {
            await PollAsync(context, rest.Value!.TrimStart('/'));
        }
        else
        {
            await Error(context, HttpStatusCode.NotFound, "NotFound", $"{request.Method} {rawTarget}");
        }
    }

    private async Task SendAsync(HttpContext context)
    {
        if (Script.RefuseSend is { } refusal)
        {
            await Error(context, refusal.Status, refusal.Code, "Refused by the test.");
            return;
        }

        var operationId = context.Request.Headers["Operation-Id"].ToString();
        if (!Guid.TryParse(operationId, out _))
        {
            await Error(context, HttpStatusCode.BadRequest, "InvalidOperationId", "Operation-Id must be a UUID.");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.Headers["Operation-Location"] = Script.ForeignOperationLocation
            ?? $"{Endpoint.GetLeftPart(UriPartial.Authority)}/emails/operations/{operationId}?api-version={ApiVersion}";
        context.Response.Headers["Retry-After"] = Script.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new { id = operationId, status = Script.Statuses[0] });
    }

    private async Task PollAsync(HttpContext context, string operationId)
    {
        var status = Script.Statuses[Math.Min(Interlocked.Increment(ref _polls), Script.Statuses.Count - 1)];
        if (status is "NotStarted" or "Running")
        {
            context.Response.Headers["Retry-After"] = Script.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        object body = status is "Failed" or "Canceled"
            ? new { id = operationId, status, error = new { code = "EmailDropped", message = "Email was dropped after several attempts to deliver." } }
            : new { id = operationId, status };
        await context.Response.WriteAsJsonAsync(body);
    }

    private string? Authenticate(HttpRequest request, string rawTarget, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (Script.AccessKey is null)
        {
            return authorization == $"Bearer {Script.BearerToken}" ? null : "wrong or missing bearer token";
        }

        var date = request.Headers["x-ms-date"].ToString();
        var contentHash = request.Headers["x-ms-content-sha256"].ToString();
        if (contentHash != Convert.ToBase64String(SHA256.HashData(body)))
        {
            return "x-ms-content-sha256 does not match the body";
        }

        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent)
            || (sent - _clock()).Duration() > TimeSpan.FromMinutes(15))
        {
            return "x-ms-date missing or more than 15 minutes off";
        }

        var stringToSign = $"{request.Method}\n{rawTarget}\n{date};{request.Host.Value};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Script.AccessKey), Encoding.UTF8.GetBytes(stringToSign)));
        var expected = $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(authorization), Encoding.ASCII.GetBytes(expected))
            ? null
            : "signature does not match";
    }

    private static async Task Error(HttpContext context, HttpStatusCode status, string code, string message)
    {
        context.Response.StatusCode = (int)status;
        context.Response.Headers["x-ms-error-code"] = code;
        await context.Response.WriteAsJsonAsync(new { error = new { code, message } });
    }

    internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? Rejection)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}

/// <summary>How the stand-in service behaves in one test.</summary>
internal sealed record AcsServerScript
{
    /// <summary>The base64 key requests must be signed with; null to expect <see cref="BearerToken"/> instead.</summary>
    public string? AccessKey { get; init; }

    public string? BearerToken { get; init; }

    /// <summary>Status in the 202 answer, then one per poll; the last one repeats.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = ["Running", "Succeeded"];

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>When set, the send itself is refused with this status and error code.</summary>
    public (HttpStatusCode Status, string Code)? RefuseSend { get; init; }

    /// <summary>When set, Operation-Location points there instead of at this server.</summary>
    public string? ForeignOperationLocation { get; init; }
}
