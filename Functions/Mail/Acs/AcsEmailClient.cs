using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Serverless.Feedback.Mail.Configuration;

namespace Serverless.Feedback.Mail.Acs;

/// <summary>
/// The two calls of the ACS Email REST API, on an Azure.Core pipeline (retries with back-off and
/// Retry-After on 408/429/5xx, logging, token caching) like the storage clients.
/// </summary>
internal sealed class AcsEmailClient(Uri endpoint, HttpPipeline pipeline)
{
    public const string ApiVersion = "2025-09-01";

    /// <summary>The scope the official ACS SDKs request; the double slash is theirs (resource URI with its trailing slash, then "/.default").</summary>
    public const string Scope = "https://communication.azure.com//.default";

    public Uri Endpoint { get; } = endpoint;

    /// <summary>Builds the client from validated options; tests pass their own credential and transport.</summary>
    public static AcsEmailClient Create(AcsMailOptions options, TimeProvider time, TokenCredential? credential = null, HttpPipelineTransport? transport = null, int maxRetries = 3)
    {
        Uri endpoint;
        HttpPipelinePolicy authentication;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (!AcsConnectionString.TryParse(options.ConnectionString, out var parsed, out var error))
            {
                throw new InvalidOperationException($"Mail:Acs:ConnectionString {error}");
            }

            endpoint = parsed!.Endpoint;
            authentication = new AcsHmacAuthenticationPolicy(Convert.FromBase64String(parsed.AccessKey), time);
        }
        else
        {
            endpoint = new Uri(options.Endpoint ?? throw new InvalidOperationException("Mail:Acs:Endpoint is not set."));
            authentication = !string.IsNullOrWhiteSpace(options.AccessKey)
                ? new AcsHmacAuthenticationPolicy(Convert.FromBase64String(options.AccessKey), time)
                : new BearerTokenAuthenticationPolicy(credential ?? ManagedIdentity(options.ClientId), Scope);
        }

        var clientOptions = new AcsClientOptions();
        clientOptions.Retry.MaxRetries = maxRetries;
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        var pipeline = HttpPipelineBuilder.Build(clientOptions, [], [authentication], new ResponseClassifier());
        return new AcsEmailClient(endpoint, pipeline);
    }

    /// <summary>POST emails:send. <paramref name="operationId"/> lets the service recognise the same mail sent twice.</summary>
    public async Task<AcsOperation> SendAsync(byte[] body, string operationId, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(new Uri($"{Root}/emails:send?api-version={ApiVersion}"));
        request.Headers.SetValue("Operation-Id", operationId);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("Accept", "application/json");
        request.Content = RequestContent.Create(body);
        await SendAsync(message, "The send request", cancellationToken);
        var response = message.Response;
        if (response.Status is < 200 or > 299)
        {
            throw Failure("The send request", response);
        }

        var status = ReadStatus(response);
        return new AcsOperation(
            status?.Id ?? operationId,
            status?.Status,
            status?.Error,
            TrustedLocation(response.Headers.TryGetValue("Operation-Location", out var location) ? location : null, operationId),
            RetryAfter(response));
    }

    /// <summary>GET the operation status at the location the send returned.</summary>
    public async Task<AcsOperation> GetStatusAsync(AcsOperation operation, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(operation.Location);
        message.Request.Headers.SetValue("Accept", "application/json");
        await SendAsync(message, "The status request", cancellationToken);
        var response = message.Response;
        if (response.Status != 200)
        {
            throw Failure("The status request", response);
        }

        var status = ReadStatus(response);
        return operation with { Status = status?.Status, Error = status?.Error, RetryAfter = RetryAfter(response) };
    }

    private string Root => Endpoint.AbsoluteUri.TrimEnd('/');

    /// <summary>A connection that fails after the pipeline's retries is a failed send like any other.</summary>
    private async Task SendAsync(HttpMessage message, string what, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException exception)
        {
            throw new MailSendException($"{what} to Azure Communication Services at {Endpoint.Authority} failed: {exception.Message}", exception.ErrorCode, exception);
        }
    }

    /// <summary>Follows Operation-Location only on the resource's own host, so credentials never go elsewhere.</summary>
    private Uri TrustedLocation(string? header, string operationId) =>
        Uri.TryCreate(header, UriKind.Absolute, out var location)
        && location.Scheme == Endpoint.Scheme
        && string.Equals(location.Authority, Endpoint.Authority, StringComparison.OrdinalIgnoreCase)
            ? location
            : new Uri($"{Root}/emails/operations/{Uri.EscapeDataString(operationId)}?api-version={ApiVersion}");

    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value)
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static AcsOperationBody? ReadStatus(Response response)
    {
        if (response.Content.ToMemory().IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(response.Content.ToMemory().Span, AcsJsonContext.Default.AcsOperationBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static MailSendException Failure(string what, Response response)
    {
        AcsError? error = null;
        try
        {
            error = response.Content.ToMemory().IsEmpty ? null : JsonSerializer.Deserialize(response.Content.ToMemory().Span, AcsJsonContext.Default.AcsErrorBody)?.Error;
        }
        catch (JsonException)
        {
            // Not a JSON error body; the status code says enough.
        }

        var code = error?.Code ?? (response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : response.Status.ToString(CultureInfo.InvariantCulture));
        return new MailSendException($"{what} to Azure Communication Services failed with HTTP {response.Status} ({code}): {error?.Message ?? response.ReasonPhrase}", code);
    }

    private static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        new(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));

    private sealed class AcsClientOptions : ClientOptions
    {
        public AcsClientOptions() => Retry.Mode = RetryMode.Exponential;
    }
}

/// <summary>Where a send stands: ACS statuses are NotStarted, Running, Succeeded, Failed and Canceled.</summary>
internal sealed record AcsOperation(string Id, string? Status, AcsError? Error, Uri Location, TimeSpan? RetryAfter)
{
    public bool Succeeded => string.Equals(Status, "Succeeded", StringComparison.OrdinalIgnoreCase);

    public bool Ended => Succeeded
        || string.Equals(Status, "Failed", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Status, "Canceled", StringComparison.OrdinalIgnoreCase);
}
